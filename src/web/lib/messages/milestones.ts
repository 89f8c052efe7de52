/** Texts for editing a milestone and its version conflict (issue 17). */
export const milestonesNl = {
  'milestones.edit': 'Wijzigen',
  'milestones.editTitle': 'Mijlpaal wijzigen: {title}',
  'milestones.doneDate': 'Gehaald op (dd-mm-jjjj; leeg: nog niet gehaald)',
  'milestones.doneDateInvalid': 'Vul een datum in als dd-mm-jjjj, of laat het veld leeg.',
  'milestones.save': 'Wijziging opslaan',
  'milestones.cancel': 'Annuleren',
  'milestones.field.title': 'Titel',
  'milestones.field.due': 'Termijn',
  'milestones.field.done': 'Gehaald op',
  'milestones.notDone': 'nog niet gehaald',
} as const;

export const milestonesEn: Record<keyof typeof milestonesNl, string> = {
  'milestones.edit': 'Edit',
  'milestones.editTitle': 'Edit milestone: {title}',
  'milestones.doneDate': 'Achieved on (dd-mm-yyyy; empty: not yet achieved)',
  'milestones.doneDateInvalid': 'Enter a date as dd-mm-yyyy, or leave the field empty.',
  'milestones.save': 'Save change',
  'milestones.cancel': 'Cancel',
  'milestones.field.title': 'Title',
  'milestones.field.due': 'Due',
  'milestones.field.done': 'Achieved on',
  'milestones.notDone': 'not yet achieved',
};
