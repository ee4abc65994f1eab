import { CaseStep, CategoryKind, CategoryLevel, DepartmentType, TimeLimitUnit } from '@gridloop/prisma';
import { builder } from '../../graphql/builder.js';

// The reference-data enums, registered once here so every module that shows a category, a time limit
// or a department imports the same GraphQL type instead of defining its own (names must be unique).

/** 部件 component or 事件 event. */
export const CategoryKindEnum = builder.enumType(CategoryKind, {
  name: 'CategoryKind',
  description: 'COMPONENT 部件 (fixed assets with 16-digit IDs) or EVENT 事件 (situations).',
});

/** 大类 major or 小类 minor class. */
export const CategoryLevelEnum = builder.enumType(CategoryLevel, {
  name: 'CategoryLevel',
  description: 'MAJOR 大类 (2-digit code) or MINOR 小类 (4 digits: its major’s 2 + 2).',
});

/** How a time limit counts: working time per the work calendar, or natural (continuous) time. */
export const TimeLimitUnitEnum = builder.enumType(TimeLimitUnit, {
  name: 'TimeLimitUnit',
  description:
    'WORK_HOURS 工作时 and WORK_DAYS 工作日 count working time (1 work day = 8 work hours); NATURAL_HOURS and ' +
    'NATURAL_DAYS count continuously (urgent classes).',
});

/** What kind of body a department is; filing conditions name the type that usually handles them. */
export const DepartmentTypeEnum = builder.enumType(DepartmentType, {
  name: 'DepartmentType',
  description:
    'STREET_OFFICE 街道办, CITY_MANAGEMENT 城管, GREENING_SANITATION 绿化市容, ROADS 道路, WATER 水务, ' +
    'TRAFFIC_POLICE 交警, MARKET_REGULATION 市场监管, HOUSING 房管, UTILITY 公用事业, PUBLIC_SECURITY 公安, OTHER.',
});

/** The steps a case waits in, each with its own time limit. */
export const CaseStepEnum = builder.enumType(CaseStep, {
  name: 'CaseStep',
  description:
    'VERIFY 核实, ACCEPT 受理, FILE 立案, DISPATCH 派遣, HANDLE 处置 (limit from the filing condition), CHECK 核查, ' +
    'CLOSE 结案, APPROVE (deciding a return / extension / parking / void request).',
});
