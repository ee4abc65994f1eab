-- A case code is district (6) + local date (8) + the district's daily sequence, padded to 5 digits.
-- lpad also cuts: a district's 100,000th report of a day got the code of its 10,000th and failed on
-- the unique index with an unexpected error. Past 99,999 the sequence now takes a sixth digit (a
-- 20-character code) instead. Widening a varchar rewrites neither the table nor its indexes.
ALTER TABLE "case_record" ALTER COLUMN "code" TYPE VARCHAR(20);
-- NOT VALID: the rows already there have 19 digits (the old check held them to it); validating would
-- scan the whole table under lock for nothing.
ALTER TABLE "case_record" DROP CONSTRAINT "case_record_code_shape";
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_code_shape" CHECK ("code" ~ '^[0-9]{19,20}$') NOT VALID;

-- The one spelling of a case code, for every statement that numbers cases (intake, history import).
CREATE FUNCTION case_code(district_code text, day date, sequence integer) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN district_code || to_char(day, 'YYYYMMDD') || lpad(sequence::text, greatest(5, length(sequence::text)), '0');
