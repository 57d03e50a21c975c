/** localStorage that never throws: private modes and locked-down browsers may refuse it. */
export const storage = {
  available(): boolean {
    try {
      const probe = '__course_probe__';
      localStorage.setItem(probe, probe);
      localStorage.removeItem(probe);
      return true;
    } catch {
      return false;
    }
  },
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      /* nothing stored */
    }
  },
};

export const keys = {
  progress: (courseId: string) => `${courseId}:progress`,
  lmsBackup: (courseId: string, learner: string) => `${courseId}:lms:${learner}`,
  /** LMS values that did not arrive (see scorm/outbox.ts). */
  lmsOutbox: (courseId: string, learner: string) => `${courseId}:lms-outbox:${learner}`,
  /** Which tab writes (the fallback when Web Locks are missing). */
  writer: (courseId: string) => `${courseId}:writer`,
  reflections: (courseId: string) => `${courseId}:reflections`,
  /** Worksheet answers, by sheet id and field key (see worksheet-form.ts); never sent anywhere. */
  worksheets: (courseId: string) => `${courseId}:worksheets`,
  learnerName: (courseId: string) => `${courseId}:name`,
  contentNotes: (courseId: string) => `${courseId}:notes-read`,
  /** This device's random id: the seed of option order and draws when the course stands alone. */
  device: (courseId: string) => `${courseId}:device`,
};
