/**
 * The SCORM run-time environment (RTE) as data: the API, the CMI elements this toolkit uses, their
 * vocabularies, delimiters, formats, length limits and error codes, per version from a shared base.
 * Used by the package runtime, the checker and the preview LMS. (The manifest is in ../spec.ts.)
 *
 * References (ADL texts; section numbers as in those books):
 * - SCORM 1.2 RTE (2001): 3.3 "API" (3.3.3 error codes), 3.4 "Data model" (3.4.2 data types,
 *   3.4.3 elements `cmi.core.*`, `cmi.suspend_data`, `cmi.interactions.n.*`, `cmi.comments`).
 * - SCORM 2004 4th Edition RTE (2009): 3.1 "API" (3.1.7 error codes, Table 3.1.7a), 4.1 data
 *   types (characterstring SPM, timeinterval, time), 4.2 "Run-time data model" (4.2.x per element;
 *   4.2.9 interactions and Table 4.2.9.1a response formats).
 */
import type { ScormVersion } from '../spec.ts';

export type { ScormVersion };

/** Vocabularies shared by both versions (1.2 RTE 3.4.3; 2004 RTE 4.2). */
const base = {
  /** Interaction types (1.2 RTE 3.4.3 `cmi.interactions.n.type`; 2004 RTE 4.2.9.1). */
  interactionTypes: ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'],
  /** Modes in which the package must change nothing (1.2 `lesson_mode`; 2004 4.2.13 `cmi.mode`). */
  reviewModes: ['browse', 'review'],
} as const;

export interface RteSpec {
  version: ScormVersion;
  /** The API object the SCO looks for in its parent windows (1.2 RTE 3.3; 2004 RTE 3.1 and 3.3.6.1). */
  apiObject: 'API' | 'API_1484_11';
  /** API function names (1.2 RTE 3.3.2; 2004 RTE 3.1.3). */
  api: Record<
    | 'initialize'
    | 'terminate'
    | 'getValue'
    | 'setValue'
    | 'commit'
    | 'getLastError'
    | 'getErrorString'
    | 'getDiagnostic',
    string
  >;
  /** Element names this toolkit reads or writes. `null`: the version has no such element. */
  elements: {
    completion: string;
    success: string | null;
    mode: string;
    learnerName: string;
    learnerId: string;
    location: string;
    sessionTime: string;
    exit: string;
    suspendData: string;
    scoreRaw: string;
    scoreMin: string;
    scoreMax: string;
    scoreScaled: string | null;
    progressMeasure: string | null;
    interactions: 'cmi.interactions';
    comments: string;
  };
  /** Field names under `cmi.interactions.n.` that differ between the versions. */
  interaction: {
    time: 'time' | 'timestamp';
    response: 'student_response' | 'learner_response';
    description: string | null;
  };
  vocab: {
    completion: readonly string[];
    success: readonly string[];
    exit: readonly string[];
    /** Exit that keeps the attempt: suspend_data and location come back at the next launch. */
    exitSuspend: 'suspend';
    modes: readonly string[];
    reviewModes: readonly string[];
    interactionTypes: readonly string[];
    results: { correct: 'correct'; wrong: 'wrong' | 'incorrect'; other: readonly string[] };
  };
  /** Delimiters inside interaction responses (1.2 RTE 3.4.3; 2004 RTE 4.2.9.1 `[,]`, `[.]`). */
  delimiters: { list: string; pair: string; caseInsensitive: string };
  /** Formats as patterns, for checking values (1.2 CMITimespan/CMITime; 2004 timeinterval/time). */
  formats: { sessionTime: RegExp; timestamp: RegExp; score: RegExp };
  /** Length limits in characters (1.2 CMIString255/4096, CMIIdentifier; 2004 SPM). */
  limits: {
    suspendData: number;
    location: number;
    interactionId: number;
    /** One response or correct-response pattern (2004: per fill-in string 250, choice 36 identifiers). */
    response: number;
    description: number;
    comment: number;
  };
  /** Error codes by name (1.2 RTE 3.3.3; 2004 RTE 3.1.7, Table 3.1.7a). */
  errors: Record<string, string>;
  /** Codes meaning "this element or value is wrong": retrying cannot help; keep and report instead. */
  refusedCodes: readonly string[];
}

const scorm12: RteSpec = {
  version: '1.2',
  apiObject: 'API',
  api: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  elements: {
    completion: 'cmi.core.lesson_status',
    // 1.2 has one status for both completion and success (RTE 3.4.3 `cmi.core.lesson_status`).
    success: null,
    mode: 'cmi.core.lesson_mode',
    learnerName: 'cmi.core.student_name',
    learnerId: 'cmi.core.student_id',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    suspendData: 'cmi.suspend_data',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    scoreScaled: null,
    progressMeasure: null,
    interactions: 'cmi.interactions',
    comments: 'cmi.comments',
  },
  interaction: { time: 'time', response: 'student_response', description: null },
  vocab: {
    completion: ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'],
    success: ['passed', 'failed'],
    exit: ['time-out', 'suspend', 'logout', ''],
    exitSuspend: 'suspend',
    modes: ['normal', 'review', 'browse'],
    reviewModes: base.reviewModes,
    interactionTypes: base.interactionTypes,
    results: { correct: 'correct', wrong: 'wrong', other: ['unanticipated', 'neutral'] },
  },
  delimiters: { list: ',', pair: '.', caseInsensitive: '' },
  formats: {
    sessionTime: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    timestamp: /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/,
    score: /^\d{1,3}(\.\d{1,2})?$/,
  },
  limits: { suspendData: 4096, location: 255, interactionId: 255, response: 255, description: 0, comment: 4096 },
  errors: {
    NO_ERROR: '0',
    GENERAL_EXCEPTION: '101',
    INVALID_ARGUMENT: '201',
    ELEMENT_CANNOT_HAVE_CHILDREN: '202',
    ELEMENT_NOT_AN_ARRAY: '203',
    NOT_INITIALIZED: '301',
    NOT_IMPLEMENTED: '401',
    INVALID_SET_VALUE_KEYWORD: '402',
    ELEMENT_IS_READ_ONLY: '403',
    ELEMENT_IS_WRITE_ONLY: '404',
    INCORRECT_DATA_TYPE: '405',
  },
  refusedCodes: ['201', '401', '402', '403', '404', '405'],
};

const scorm2004: RteSpec = {
  version: '2004',
  apiObject: 'API_1484_11',
  api: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
  elements: {
    completion: 'cmi.completion_status', // RTE 4.2.4
    success: 'cmi.success_status', // RTE 4.2.22
    mode: 'cmi.mode', // RTE 4.2.13
    learnerName: 'cmi.learner_name', // RTE 4.2.11
    learnerId: 'cmi.learner_id', // RTE 4.2.10
    location: 'cmi.location', // RTE 4.2.12
    sessionTime: 'cmi.session_time', // RTE 4.2.21
    exit: 'cmi.exit', // RTE 4.2.7
    suspendData: 'cmi.suspend_data', // RTE 4.2.23
    scoreRaw: 'cmi.score.raw', // RTE 4.2.20
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    scoreScaled: 'cmi.score.scaled',
    progressMeasure: 'cmi.progress_measure', // RTE 4.2.18
    interactions: 'cmi.interactions', // RTE 4.2.9
    comments: 'cmi.comments_from_learner', // RTE 4.2.2
  },
  interaction: { time: 'timestamp', response: 'learner_response', description: 'description' },
  vocab: {
    completion: ['completed', 'incomplete', 'not attempted', 'unknown'],
    success: ['passed', 'failed', 'unknown'],
    exit: ['time-out', 'suspend', 'logout', 'normal', ''],
    exitSuspend: 'suspend',
    modes: ['browse', 'normal', 'review'],
    reviewModes: base.reviewModes,
    interactionTypes: [...base.interactionTypes, 'long-fill-in', 'other'],
    results: { correct: 'correct', wrong: 'incorrect', other: ['unanticipated', 'neutral'] },
  },
  delimiters: { list: '[,]', pair: '[.]', caseInsensitive: '{case_matters=false}' },
  formats: {
    sessionTime: /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
    timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/,
    score: /^-?\d+(\.\d{1,7})?$/,
  },
  // SPM (smallest permitted maximum), RTE 4.2.23 (64000), 4.2.12 (1000), 4.2.9 (4000 id, 250 description).
  limits: { suspendData: 64000, location: 1000, interactionId: 4000, response: 4000, description: 250, comment: 4000 },
  errors: {
    NO_ERROR: '0',
    GENERAL_EXCEPTION: '101',
    GENERAL_INITIALIZATION_FAILURE: '102',
    ALREADY_INITIALIZED: '103',
    CONTENT_INSTANCE_TERMINATED: '104',
    GENERAL_TERMINATION_FAILURE: '111',
    TERMINATION_BEFORE_INITIALIZATION: '112',
    TERMINATION_AFTER_TERMINATION: '113',
    RETRIEVE_DATA_BEFORE_INITIALIZATION: '122',
    RETRIEVE_DATA_AFTER_TERMINATION: '123',
    STORE_DATA_BEFORE_INITIALIZATION: '132',
    STORE_DATA_AFTER_TERMINATION: '133',
    COMMIT_BEFORE_INITIALIZATION: '142',
    COMMIT_AFTER_TERMINATION: '143',
    GENERAL_ARGUMENT_ERROR: '201',
    GENERAL_GET_FAILURE: '301',
    GENERAL_SET_FAILURE: '351',
    GENERAL_COMMIT_FAILURE: '391',
    UNDEFINED_DATA_MODEL_ELEMENT: '401',
    UNIMPLEMENTED_DATA_MODEL_ELEMENT: '402',
    DATA_MODEL_ELEMENT_VALUE_NOT_INITIALIZED: '403',
    DATA_MODEL_ELEMENT_IS_READ_ONLY: '404',
    DATA_MODEL_ELEMENT_IS_WRITE_ONLY: '405',
    DATA_MODEL_ELEMENT_TYPE_MISMATCH: '406',
    DATA_MODEL_ELEMENT_VALUE_OUT_OF_RANGE: '407',
    DATA_MODEL_DEPENDENCY_NOT_ESTABLISHED: '408',
  },
  refusedCodes: ['201', '401', '402', '403', '404', '405', '406', '407', '408'],
};

/** The run-time spec of each version. */
export const rte: Record<ScormVersion, RteSpec> = { '1.2': scorm12, '2004': scorm2004 };

/**
 * Many LMSs store 1.2-sized suspend_data even under 2004 (a column of 4,096 characters); the
 * checker warns above this length for 2004 packages. Not a spec limit: a field observation.
 */
export const SUSPEND_DATA_SAFE_LENGTH = 4096;
