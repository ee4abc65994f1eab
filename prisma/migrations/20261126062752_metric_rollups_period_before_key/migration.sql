-- Rollup and histogram keys with the period before the key: the dashboard reads each (grain,
-- period) of a request and, within it, one key, a key range or every key, so a read touches only
-- the rows it sums however long the history is. The old (dimension, area, key, grain, period) order
-- made a prefix or all-keys read scan every period of those keys, and a generic plan preferred it
-- even for one key; the extra (dimension, area, grain, period, key) index becomes the primary key.

-- DropIndex
DROP INDEX "metric_rollup_dimension_area_grain_period_key_idx";

-- AlterTable
ALTER TABLE "metric_handling_histogram" DROP CONSTRAINT "metric_handling_histogram_pkey",
ADD CONSTRAINT "metric_handling_histogram_pkey" PRIMARY KEY ("dimension", "area", "grain", "period", "key", "bucket");

-- AlterTable
ALTER TABLE "metric_rollup" DROP CONSTRAINT "metric_rollup_pkey",
ADD CONSTRAINT "metric_rollup_pkey" PRIMARY KEY ("dimension", "area", "grain", "period", "key");
