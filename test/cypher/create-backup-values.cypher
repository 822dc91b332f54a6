// Test fixture (backup): nodes and a relationship holding every kind of value Neo4j stores, for the dump to round-trip.
CREATE (a:BackupValues:Second {
  bigInt: 9007199254740993, negativeBigInt: -9223372036854775808, smallInt: 42, zero: 0,
  wholeFloat: 3.0, fraction: 0.1, negativeZero: -0.0, nan: 0.0 / 0.0, infinity: 1.0 / 0.0, minusInfinity: -1.0 / 0.0, hugeFloat: 1.0e300,
  text: 'Durrës «quoted» \n tab\t emoji 🏙️ \u0000 nul', emptyText: '', yes: true, no: false,
  emptyList: [], ints: [1, 9007199254740993, -3], floats: [1.0, 2.5], texts: ['a', ''], flags: [true, false],
  date: date('2017-05-12'), dates: [date('1900-01-01'), date('2099-12-31')], localTime: localtime('12:34:56.789123456'),
  time: time('12:34:56.5+01:30'), localDateTime: localdatetime('2017-05-12T08:00:00.000000001'),
  dateTime: datetime('2017-05-12T08:00:00.123+02:00'), zonedDateTime: datetime('2017-05-12T08:00:00[Europe/Tirane]'),
  duration: duration('P1Y2M3DT4H5M6.000000007S'), point: point({x: 1.5, y: -2}), geo: point({longitude: 19.45, latitude: 41.32, height: 12.0}),
  bytes: $bytes
})
CREATE (b)
CREATE (a)-[:HOLDS {since: date('2020-02-29'), weight: 1.0, big: 9007199254740993, empty: []}]->(b)
CREATE (b)-[:LOOPS]->(b)
