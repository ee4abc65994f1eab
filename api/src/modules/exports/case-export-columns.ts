import type { TableColumn } from './table-column.js';

/** The columns of a case list download, in the order 数字化城管 registers (案卷登记表) list them. */
export const caseExportColumns: readonly TableColumn[] = [
  { key: 'code', zh: '案卷编号', en: 'Case number', type: 'text', width: 21 },
  { key: 'source', zh: '来源', en: 'Source', type: 'text', width: 12 },
  { key: 'major', zh: '大类', en: 'Major class', type: 'text', width: 12 },
  { key: 'minor', zh: '小类', en: 'Minor class', type: 'text', width: 14 },
  { key: 'condition', zh: '立案条件', en: 'Filing condition', type: 'text', width: 30 },
  { key: 'status', zh: '状态', en: 'Status', type: 'text', width: 10 },
  { key: 'step', zh: '当前环节', en: 'Current step', type: 'text', width: 10 },
  { key: 'department', zh: '处置部门', en: 'Department', type: 'text', width: 20 },
  { key: 'district', zh: '区', en: 'District', type: 'text', width: 10 },
  { key: 'street', zh: '街道', en: 'Street', type: 'text', width: 14 },
  { key: 'community', zh: '社区', en: 'Community', type: 'text', width: 16 },
  { key: 'gridCode', zh: '单元网格', en: 'Unit grid', type: 'text', width: 17 },
  { key: 'address', zh: '地址', en: 'Address', type: 'text', width: 30 },
  { key: 'description', zh: '描述', en: 'Description', type: 'text', width: 40 },
  { key: 'reportedAt', zh: '上报时间', en: 'Reported at', type: 'datetime' },
  { key: 'filedAt', zh: '立案时间', en: 'Filed at', type: 'datetime' },
  { key: 'dispatchedAt', zh: '派遣时间', en: 'Dispatched at', type: 'datetime' },
  { key: 'handledAt', zh: '处置时间', en: 'Handled at', type: 'datetime' },
  { key: 'closedAt', zh: '结案时间', en: 'Closed at', type: 'datetime' },
  { key: 'timeLimit', zh: '时限', en: 'Time limit', type: 'text', width: 12 },
  { key: 'light', zh: '红黄灯', en: 'Light', type: 'text', width: 8 },
  { key: 'reworkCount', zh: '返工次数', en: 'Reworks', type: 'int', width: 9 },
];
