-- Herodotus schema, version 2: stated fatalities, injured and arrested per event (PLOVER size fields, issue 4).
ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN injured INTEGER;
ALTER TABLE events ADD COLUMN arrested INTEGER;
