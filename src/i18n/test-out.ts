/** Interface text of test out ("Wat weet je al?"): the pre-test page, the vrijgesteld marks, the certificate. */
export const testOutNl = {
  pretest: 'Wat weet je al?',
  pretestLink: 'Wat weet je al? Doe de voortoets',
  pretestLinkHelp: 'Haal je de voortoets, dan mag je dit deel als vrijgesteld markeren.',
  pretestPassed: 'Geslaagd voor de voortoets.',
  pretestFailed:
    'Nog niet geslaagd. Hieronder zie je per module hoe het ging. De goede antwoorden blijven verborgen, want de vragen komen uit de eindtoets.',
  pretestClosed:
    'Je hebt geen pogingen meer over. Lees de modules van dit deel: zo ben je ook goed voorbereid op de eindtoets.',
  pretestByModule: 'Per module',
  pretestModuleResult: '{title}: {right} van {total} goed',
  testOutTitle: 'Vrijstelling voor dit deel',
  testOutExplain:
    'Markeer je dit deel als vrijgesteld, dan tellen de {n} modules ervan als afgerond voor je voortgang en je certificaat, en hoef je hun toetsen niet te maken. Je kunt ze altijd nog lezen, en je kunt de vrijstelling weer ongedaan maken. De eindtoets blijft gelden.',
  testOutNotYet:
    'Haal eerst de voortoets met {percent}% of meer. Daarna kun je hier dit deel als vrijgesteld markeren.',
  testOutButton: 'Markeer dit deel als vrijgesteld',
  testOutUndo: 'Vrijstelling ongedaan maken',
  testOutDone: 'Dit deel staat op vrijgesteld. De modules tellen als afgerond; lezen mag altijd.',
  testOutUndone: 'De vrijstelling is ongedaan gemaakt. De modules van dit deel tellen weer zodra je ze bekeken hebt.',
  testOutLocked: 'Je hebt de cursus afgerond, daarom blijft de vrijstelling staan.',
  testOutNotInRule: 'In deze cursus geeft de voortoets geen vrijstelling: hij laat je zien wat je al weet.',
  testedOut: 'vrijgesteld',
  partTestedOut: 'Vrijgesteld: de modules van dit deel tellen als afgerond.',
  progressTestedOut: '{n} vrijgesteld',
  certificateTestedOut: 'Vrijgesteld op grond van de voortoets: {parts}',
} as const;

export const testOutEn: { readonly [K in keyof typeof testOutNl]: string } = {
  pretest: 'What do you know already?',
  pretestLink: 'What do you know already? Take the pre-test',
  pretestLinkHelp: 'Pass the pre-test and you may mark this part as tested out.',
  pretestPassed: 'You passed the pre-test.',
  pretestFailed:
    'Not passed yet. Below you see how it went per module. The right answers stay hidden, because the questions come from the final test.',
  pretestClosed:
    'You have no attempts left. Read the modules of this part: that prepares you well for the final test too.',
  pretestByModule: 'Per module',
  pretestModuleResult: '{title}: {right} of {total} right',
  testOutTitle: 'Test out of this part',
  testOutExplain:
    'If you mark this part as tested out, its {n} modules count as done for your progress and your certificate, and you need not take their quizzes. You can still read them, and you can undo this. The final test still counts.',
  testOutNotYet: 'Pass the pre-test with {percent}% or more first. Then you can mark this part as tested out here.',
  testOutButton: 'Mark this part as tested out',
  testOutUndo: 'Undo testing out',
  testOutDone: 'This part is marked as tested out. Its modules count as done; you can still read them.',
  testOutUndone: 'Testing out was undone. The modules of this part count again once you have visited them.',
  testOutLocked: 'You have completed the course, so testing out stays as it is.',
  testOutNotInRule: 'In this course the pre-test does not exempt you: it shows you what you know already.',
  testedOut: 'tested out',
  partTestedOut: 'Tested out: the modules of this part count as done.',
  progressTestedOut: '{n} tested out',
  certificateTestedOut: 'Tested out on the basis of the pre-test: {parts}',
};
