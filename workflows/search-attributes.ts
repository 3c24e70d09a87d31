// The custom search attributes every case upserts, so managers' lists ("overdue",
// "due within 5 working days", "by officer") are server-side visibility queries.
// Applicant-blind: nothing here identifies the requester. scripts/lib.sh registers the
// same list with the dev server and docker-compose.yml with a cluster; a test checks
// that all three agree.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const FoiReference = defineSearchAttributeKey('FoiReference', SearchAttributeType.KEYWORD);
export const FoiRegime = defineSearchAttributeKey('FoiRegime', SearchAttributeType.KEYWORD);
export const FoiPhase = defineSearchAttributeKey('FoiPhase', SearchAttributeType.KEYWORD);
/** The live statutory deadline of the current stage (response, internal review, ...). */
export const FoiDueDate = defineSearchAttributeKey('FoiDueDate', SearchAttributeType.DATETIME);
export const FoiReceivedDate = defineSearchAttributeKey('FoiReceivedDate', SearchAttributeType.DATETIME);
export const FoiCaseOfficer = defineSearchAttributeKey('FoiCaseOfficer', SearchAttributeType.KEYWORD);
export const FoiOutcome = defineSearchAttributeKey('FoiOutcome', SearchAttributeType.KEYWORD);
export const FoiAnsweredLate = defineSearchAttributeKey('FoiAnsweredLate', SearchAttributeType.BOOL);
/** True while the case's email has not been delivered for FOI_MAIL_OUTAGE_AFTER (the relay is down). */
export const FoiMailOutage = defineSearchAttributeKey('FoiMailOutage', SearchAttributeType.BOOL);

export const ALL_SEARCH_ATTRIBUTES = [
  FoiReference,
  FoiRegime,
  FoiPhase,
  FoiDueDate,
  FoiReceivedDate,
  FoiCaseOfficer,
  FoiOutcome,
  FoiAnsweredLate,
  FoiMailOutage,
] as const;
