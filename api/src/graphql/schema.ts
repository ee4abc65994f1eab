import { builder } from './builder.js';
import './file-scalar.js';
import './json-scalar.js';
import '../modules/admin/catalog-enums.schema.js';
import '../modules/admin/category.schema.js';
import '../modules/admin/component.schema.js';
import '../modules/admin/department.schema.js';
import '../modules/admin/filing-condition.schema.js';
import '../modules/admin/responsibility-rule.schema.js';
import '../modules/admin/step-time-limit.schema.js';
import '../modules/admin/user-account.schema.js';
import '../modules/areas/area.schema.js';
import '../modules/audit/audit-event.schema.js';
import '../modules/auth/me.schema.js';
import '../modules/auth/sign-in.schema.js';
import '../modules/calendar/calendar-day.schema.js';
import '../modules/calendar/deadline-preview.schema.js';
import '../modules/calendar/work-calendar.schema.js';
import '../modules/cases/case.schema.js';
import '../modules/cases/case-actions.schema.js';
import '../modules/cases/case-queue.schema.js';
import '../modules/cases/case-subscription.schema.js';
import '../modules/geography/generate/generation.schema.js';
import '../modules/geography/import/layer-import.schema.js';
import '../modules/grids/grid-location.schema.js';
import '../modules/open311/open311-client.schema.js';

/** The whole GraphQL schema: each module's *.schema.ts registers its types on the builder. */
export const schema = builder.toSchema({ sortSchema: true });
