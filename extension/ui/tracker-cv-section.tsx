import { CvSection } from './cv-section';

/**
 * The tracker's CV tab: the CV import and versions built in issue 5 (extension/ui/cv-section.tsx).
 */
export function TrackerCvSection() {
  return <CvSection />;
}
