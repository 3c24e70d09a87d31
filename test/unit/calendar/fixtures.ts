// A made-up GOV.UK-format feed for 2029, written by hand from the 2029 calendar (1 Jan a
// Monday, Easter Sunday 1 April, 17 March a Saturday, 12 July a Thursday, 30 Nov a
// Friday), with an imagined proclamation: the spring holiday moved from Mon 28 May to
// Mon 4 June and an extra day on Fri 8 June, everywhere.
type Event = { title: string; date: string; notes: string; bunting: boolean };
const ev = (date: string, title: string, notes = ''): Event => ({ title, date, notes, bunting: true });

const common = [
  ev('2029-01-01', 'New Year’s Day'),
  ev('2029-03-30', 'Good Friday'),
  ev('2029-05-07', 'Early May bank holiday'),
  ev('2029-06-04', 'Spring bank holiday'),
  ev('2029-06-08', 'Imaginary jubilee', 'Extra bank holiday'),
  ev('2029-12-25', 'Christmas Day'),
  ev('2029-12-26', 'Boxing Day'),
];

const sorted = (events: Event[]) => [...events].sort((a, b) => (a.date < b.date ? -1 : 1));

export function feed2029(): Record<string, { division: string; events: Event[] }> {
  return {
    'england-and-wales': {
      division: 'england-and-wales',
      events: sorted([...common, ev('2029-04-02', 'Easter Monday'), ev('2029-08-27', 'Summer bank holiday')]),
    },
    scotland: {
      division: 'scotland',
      events: sorted([
        ...common,
        ev('2029-01-02', '2nd January'),
        ev('2029-08-06', 'Summer bank holiday'),
        ev('2029-11-30', 'St Andrew’s Day'),
      ]),
    },
    'northern-ireland': {
      division: 'northern-ireland',
      events: sorted([
        ...common,
        ev('2029-03-19', 'St Patrick’s Day', 'Substitute day'),
        ev('2029-04-02', 'Easter Monday'),
        ev('2029-07-12', 'Battle of the Boyne (Orangemen’s Day)'),
        ev('2029-08-27', 'Summer bank holiday'),
      ]),
    },
  };
}
