-- The duplicate lookup (intake-context.ts) asks for open cases of one category near a point. With
-- the point alone in the GiST index the planner, which cannot know the category when it plans,
-- ANDs that index with case_record_category_id_status_idx: a bitmap of every open case of the
-- category, so each report cost more the larger one category's backlog (8 ms at 10^5 open cases
-- of one class). With the category beside the point in one GiST index (btree_gist provides the
-- integer operator class) one index scan answers the lookup; the point stays the first column, so
-- map reads of open cases in a box (no category) use it as before.
CREATE EXTENSION IF NOT EXISTS "btree_gist";

CREATE INDEX "case_open_point_category_gist" ON "case_record" USING GIST ("point", "category_id")
  WHERE "status" IN ('PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'REWORK', 'PARKED');

DROP INDEX "case_point_gist";
