import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Application } from '../../../shared/application';
import { readApplications } from '../../store/applications';
import { defaultPreferences, type Stage } from '../../store/schema';
import { readSettings } from '../../store/settings';
import { ApplicationRow } from '../../ui/application-row';
import './style.css';

function Popup() {
  const [apps, setApps] = useState<Application[] | undefined>();
  const [stages, setStages] = useState<Stage[]>(defaultPreferences().stages);
  useEffect(() => {
    const area = chrome.storage.local;
    void readApplications(area).then((list) => setApps(list.applications));
    void readSettings(area).then((settings) => settings && setStages(settings.preferences.stages));
  }, []);
  return (
    <main class="popup">
      <h1>JobTrack</h1>
      {apps === undefined ? null : apps.length === 0 ? (
        <p class="empty">No applications yet. Click Apply on a job board and it shows up here.</p>
      ) : (
        <ul class="app-list">
          {apps.map((app) => (
            <ApplicationRow key={app.id} app={app} stages={stages} />
          ))}
        </ul>
      )}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
