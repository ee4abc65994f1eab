import type {
  CategoryKind,
  DepartmentType,
  SeedFilingCondition,
  SeedMajorClass,
  SeedMinorClass,
  SeedTimeLimit,
} from './catalog-types.js';

/** Point assets (a cover, a bin, a sign): a report 20 m away is another object. */
const point = { duplicateRadiusM: 20 } as const;
/** Noise carries and cannot be photographed. */
const noise = { requiresPhoto: false, duplicateRadiusM: 150 } as const;

/**
 * The standard category catalog a new deployment starts with: the major classes of GB/T 30428.2
 * (codes follow its 2 + 2 digit structure, minor numbering as cities commonly use it) with the
 * typical minor classes of city tables, and filing conditions with limits taken from real city
 * tables where known (私搭乱建, 暴露垃圾, 道路不洁, 绿地, 水域不洁...) and plausible ones
 * elsewhere. Urgent conditions (a missing cover, a burst main, road collapse, fire) count natural
 * hours. It is a seed, not truth: every city edits classes, limits and departments.
 *
 * Defaults unless a condition says otherwise: photo required, duplicates searched within 50 m.
 */
export const standardCatalog: readonly SeedMajorClass[] = [
  major('COMPONENT', '01', '公用设施', 'Public facilities', [
    manholeCover('0101', '上水井盖', 'Water supply manhole cover', 'WATER'),
    manholeCover('0102', '污水井盖', 'Sewage manhole cover', 'WATER'),
    manholeCover('0103', '雨水井盖', 'Storm water manhole cover', 'WATER'),
    minor('0104', '雨水箅子', 'Storm drain grate', 'WATER', [
      cond('01', '雨水箅子破损、松动', '修复或更换，安装平稳', workDays(1), point),
      cond('02', '雨水箅子缺失', '补装箅子；补装前设置警示', naturalHours(2), point),
      cond('03', '雨水箅子被垃圾、杂物堵塞', '清除堵塞物，排水通畅', workHours(4), point),
    ]),
    manholeCover('0105', '电力井盖', 'Power manhole cover', 'UTILITY'),
    manholeCover('0106', '路灯井盖', 'Street light manhole cover', 'ROADS'),
    manholeCover('0107', '通讯井盖', 'Telecom manhole cover', 'UTILITY'),
    manholeCover('0108', '燃气井盖', 'Gas manhole cover', 'UTILITY'),
    manholeCover('0109', '热力井盖', 'Heating manhole cover', 'UTILITY'),
    manholeCover('0110', '公安井盖', 'Police cable manhole cover', 'PUBLIC_SECURITY'),
    manholeCover('0111', '无主井盖', 'Manhole cover of unknown owner', 'ROADS'),
    minor('0112', '消防设施', 'Fire hydrant and firefighting equipment', 'OTHER', [
      cond('01', '消火栓被撞断、喷水', '关阀止水并修复', naturalHours(2), point),
      cond('02', '消火栓破损、锈蚀或配件缺失', '修复或补齐配件', workDays(5), point),
      cond('03', '消火栓被圈占、埋压或遮挡', '清除遮挡，取用通畅', workDays(1), point),
    ]),
    minor('0113', '通讯交接箱', 'Telecom cabinet', 'UTILITY', [
      cond('01', '箱体破损，箱门缺失或无法关闭', '修复，箱门关闭上锁', workDays(2)),
      cond('02', '箱体倾斜、移位', '扶正固定', workDays(2)),
      cond('03', '箱体被涂写、张贴', '清除干净', workDays(3)),
    ]),
    minor('0114', '电力设施', 'Power equipment and transformer box', 'UTILITY', [
      cond('01', '变压器、配电箱箱门敞开或破损', '关闭上锁并修复', workHours(4)),
      cond('02', '电线外露或垂落，存在触电危险', '排除触电隐患', naturalHours(2)),
      cond('03', '箱体倾斜、移位', '扶正固定', workDays(2)),
    ]),
    minor('0115', '路灯', 'Street light', 'ROADS', [
      cond('01', '路灯不亮、昼亮或闪烁', '修复，正常亮灯', workDays(2)),
      cond('02', '灯杆倾斜、破损或灯具缺失', '扶正、修复或补装', workDays(3)),
      cond('03', '灯杆检修门缺失，电线外露', '补装检修门，线路封闭', workHours(4)),
    ]),
    minor('0116', '景观灯', 'Decorative lighting', 'GREENING_SANITATION', [
      cond('01', '景观灯全部或部分不亮', '修复，正常亮灯', workDays(3)),
      cond('02', '灯具、线路破损或缺失', '修复或补装', workDays(5)),
    ]),
    minor('0117', '报刊亭', 'Newsstand', 'GREENING_SANITATION', [
      cond('01', '亭体破损、污损', '修复、清洗干净', workDays(5)),
      cond('02', '超出核定范围经营或堆物', '在核定范围内经营', workDays(1), { departmentType: 'CITY_MANAGEMENT' }),
      cond('03', '废弃报刊亭未拆除', '拆除并恢复地面', workDays(10)),
    ]),
    minor('0118', '邮筒', 'Post box', 'OTHER', [
      cond('01', '邮筒破损、倾斜', '修复或扶正', workDays(5), point),
      cond('02', '邮筒污损、被张贴', '清洗干净', workDays(3), point),
    ]),
    minor('0119', '健身设施', 'Outdoor fitness equipment', 'STREET_OFFICE', [
      cond('01', '健身器材破损、松动，存在安全隐患', '修复，或停用并设置警示', workDays(2)),
      cond('02', '健身器材或其部件缺失', '补装', workDays(10)),
    ]),
    minor('0120', '监控电子眼', 'Surveillance camera', 'PUBLIC_SECURITY', [
      cond('01', '摄像机破损、倾斜或脱落', '修复或扶正', workDays(3), point),
      cond('02', '立杆倾斜，线缆垂落', '扶正，线缆规整', workDays(2), point),
    ]),
  ]),
  major('COMPONENT', '02', '道路交通', 'Roads and traffic facilities', [
    minor('0201', '人行天桥', 'Pedestrian bridge', 'ROADS', [
      cond('01', '桥面、台阶破损或铺装松动', '修复平整', workDays(3)),
      cond('02', '栏杆破损、缺失', '修复或补装', workDays(2)),
      cond('03', '桥体开裂、变形，存在结构隐患', '设置警示并加固，隐患排除', workHours(4)),
    ]),
    minor('0202', '地下通道', 'Pedestrian underpass', 'ROADS', [
      cond('01', '地面、墙面破损或渗水', '修复', workDays(5)),
      cond('02', '通道照明不亮', '修复，正常照明', workDays(2)),
      cond('03', '通道内积水', '排除积水', workHours(4)),
    ]),
    minor('0203', '路名牌', 'Street name sign', 'ROADS', [
      cond('01', '路名牌破损、污损或字迹不清', '修复或更换', workDays(5), point),
      cond('02', '路名牌缺失、倾斜', '补装或扶正', workDays(5), point),
    ]),
    minor('0204', '交通标志牌', 'Traffic sign', 'TRAFFIC_POLICE', [
      cond('01', '标志牌破损、倾斜或被遮挡', '修复、扶正或清除遮挡', workDays(3), point),
      cond('02', '标志牌缺失或指示错误', '补装或更正', workDays(5), point),
    ]),
    minor('0205', '交通信号灯', 'Traffic signal', 'TRAFFIC_POLICE', [
      cond('01', '信号灯不亮、故障或显示错误', '恢复正常运行', naturalHours(2), { duplicateRadiusM: 30 }),
      cond('02', '灯杆、灯头倾斜或破损', '扶正、修复', workDays(1), { duplicateRadiusM: 30 }),
    ]),
    minor('0206', '护栏', 'Guard rail', 'ROADS', [
      cond('01', '护栏破损、倾斜', '修复、扶正', workDays(2)),
      cond('02', '护栏缺失、断开', '补装，连续完整', workDays(3)),
    ]),
    minor('0207', '隔离墩', 'Bollard and barrier post', 'ROADS', [
      cond('01', '隔离墩、防撞柱破损或移位', '修复、复位', workDays(2), point),
      cond('02', '隔离墩、防撞柱缺失', '补装', workDays(3), point),
    ]),
    minor('0208', '公交站亭', 'Bus shelter', 'ROADS', [
      cond('01', '站亭、站牌破损或倾斜', '修复、扶正', workDays(3)),
      cond('02', '站亭玻璃破碎', '清理碎片并更换玻璃', workDays(1)),
      cond('03', '站牌缺失或线路信息错误', '补装或更正', workDays(5)),
    ]),
    minor('0209', '停车场', 'Car park', 'ROADS', [
      cond('01', '停车场设施、标线破损', '修复', workDays(5), { duplicateRadiusM: 100 }),
      cond('02', '收费标识缺失或不规范', '规范设置收费标识', workDays(3), {
        departmentType: 'MARKET_REGULATION',
        duplicateRadiusM: 100,
      }),
    ]),
    minor('0210', '非机动车停放架', 'Bicycle rack', 'ROADS', [
      cond('01', '停放架破损、松动', '修复', workDays(5)),
      cond('02', '停放架缺失', '补装', workDays(10)),
    ]),
    minor('0211', '盲道', 'Tactile paving', 'ROADS', [
      cond('01', '盲道砖破损、松动或缺失', '修复补齐', workDays(3)),
      cond('02', '盲道被井盖、立杆等设施阻断', '改造，盲道连续', workDays(20)),
    ]),
  ]),
  major('COMPONENT', '03', '市容环境', 'City appearance facilities', [
    minor('0301', '公共厕所', 'Public toilet', 'GREENING_SANITATION', [
      cond('01', '厕所内不洁、有明显异味', '清扫保洁，无异味', workHours(2)),
      cond('02', '洁具、门锁、照明等设施损坏', '修复', workDays(1)),
      cond('03', '未按公示时间开放', '正常开放', workHours(2)),
    ]),
    minor('0302', '垃圾站', 'Refuse collection station', 'GREENING_SANITATION', [
      cond('01', '垃圾满溢，站点周边脏乱', '清运，周边整洁', workHours(4)),
      cond('02', '站房、容器或设备破损', '修复', workDays(5)),
    ]),
    minor('0303', '果皮箱', 'Litter bin', 'GREENING_SANITATION', [
      cond('01', '果皮箱满溢', '清运，箱体周边干净', workHours(2), point),
      cond('02', '果皮箱破损、缺失', '修复或补装', workDays(2), point),
    ]),
    minor('0304', '广告牌匾', 'Shop sign and billboard', 'GREENING_SANITATION', [
      cond('01', '牌匾破损、污损或字体残缺', '修复完好', workDays(5), point),
      cond('02', '牌匾松动，存在坠落隐患', '加固或拆除，隐患排除', workHours(4), point),
      cond('03', '废弃牌匾未拆除', '拆除', workDays(10), point),
    ]),
    minor('0305', '化粪池', 'Septic tank', 'HOUSING', [
      cond('01', '化粪池盖板破损', '修复或更换盖板', workDays(1), point),
      cond('02', '化粪池盖板缺失', '补装盖板；补装前设置警示', naturalHours(2), point),
      cond('03', '化粪池满溢，粪水外流', '清掏，清理外流污水', workHours(4), point),
    ]),
  ]),
  major('COMPONENT', '04', '园林绿化', 'Landscaping and greenery', [
    minor('0401', '古树名木', 'Heritage tree', 'GREENING_SANITATION', [
      cond('01', '古树名木枯枝、病虫害或倾斜', '采取养护、加固措施', workDays(3), point),
      cond('02', '保护牌、护栏破损或缺失', '修复或补装', workDays(5), point),
      cond('03', '树体周边堆物、搭建或根部被硬化', '清除，恢复保护范围', workDays(5), point),
    ]),
    minor('0402', '绿地', 'Green space', 'GREENING_SANITATION', [
      cond('01', '植物缺株、死亡或黄土裸露', '补植完成', workDays(5), { duplicateRadiusM: 100 }),
      cond('02', '绿地内地面塌陷、设施破损', '修复', workDays(5), { duplicateRadiusM: 100 }),
      cond('03', '绿地被占用、踩踏毁坏', '清退占用，恢复绿化', workDays(10), { duplicateRadiusM: 100 }),
    ]),
    minor('0403', '行道树', 'Street tree', 'GREENING_SANITATION', [
      cond('01', '行道树倒伏、断枝，阻碍通行', '清除断枝，扶正或移除', naturalHours(2)),
      cond('02', '行道树缺株、死亡', '补植', workDays(10)),
      cond('03', '树枝遮挡交通标志、信号灯或路灯', '修剪，无遮挡', workDays(3)),
    ]),
    minor('0404', '花坛花箱', 'Flower bed and planter', 'GREENING_SANITATION', [
      cond('01', '花坛、花箱破损', '修复', workDays(5)),
      cond('02', '花卉枯死、缺失', '补种', workDays(5)),
    ]),
    minor('0405', '雕塑', 'Public sculpture', 'GREENING_SANITATION', [
      cond('01', '雕塑破损、污损', '修复、清洗', workDays(10), point),
      cond('02', '雕塑倾斜，存在倒塌隐患', '设置警示并加固', workHours(4), point),
    ]),
    minor('0406', '座椅', 'Public bench', 'GREENING_SANITATION', [
      cond('01', '座椅破损、松动', '修复', workDays(3), point),
      cond('02', '座椅缺失', '补装', workDays(10), point),
    ]),
  ]),
  major('COMPONENT', '05', '其他设施', 'Other facilities', [
    minor('0501', '人防工事', 'Civil air defence works', 'OTHER', [
      cond('01', '人防工事出入口、通风口破损', '修复', workDays(5), point),
      cond('02', '人防工事出入口被占用、堆物', '清除，出入通畅', workDays(5), point),
    ]),
    minor('0502', '城管岗亭', 'City management kiosk', 'CITY_MANAGEMENT', [
      cond('01', '岗亭破损、污损', '修复、清洗', workDays(5), point),
      cond('02', '废弃岗亭未拆除', '拆除并恢复地面', workDays(10), point),
    ]),
    minor('0503', '架空线缆', 'Overhead cables', 'UTILITY', [
      cond('01', '线缆垂落、断落，影响通行安全', '规整或拆除，隐患排除', workHours(4)),
      cond('02', '废弃、多余线缆未清理', '清理废弃线缆', workDays(10)),
    ]),
    minor('0504', '其他设施', 'Other public facilities', 'STREET_OFFICE', [
      cond('01', '其他公共设施破损、缺失，影响使用或安全', '修复或补装', workDays(5)),
    ]),
  ]),
  major('EVENT', '01', '市容环境', 'City appearance', [
    minor('0101', '私搭乱建', 'Unauthorised construction', 'CITY_MANAGEMENT', [
      cond('01', '正在建设中的违法建筑物、构筑物', '停止施工', workHours(4), { duplicateRadiusM: 30 }),
      cond('02', '未经规划许可或超出许可范围建设', '依法处罚', workDays(7), { duplicateRadiusM: 30 }),
      cond('03', '已建成的违法建筑，或临时建筑逾期未拆除', '拆除完毕', workDays(20), { duplicateRadiusM: 30 }),
    ]),
    minor('0102', '暴露垃圾', 'Exposed garbage', 'GREENING_SANITATION', [
      cond('01', '主要道路两侧、公共场所有成堆、成片垃圾', '清理干净', workHours(4)),
      cond('02', '生活垃圾未入容器，散落在公共场所', '清理干净，垃圾入容器', workHours(4)),
    ]),
    minor('0103', '积存垃圾渣土', 'Accumulated construction waste and spoil', 'GREENING_SANITATION', [
      cond('01', '建筑垃圾堆放在公共场所，未及时清运', '清运干净', workHours(4)),
      cond('02', '渣土成堆，超过临时堆放期限', '清运干净，依法处罚', workDays(2), {
        departmentType: 'CITY_MANAGEMENT',
      }),
    ]),
    minor('0104', '道路不洁', 'Dirty road', 'GREENING_SANITATION', [
      cond('01', '8时后道路、公共场所仍有明显垃圾、污迹', '路面干净', workHours(2), { duplicateRadiusM: 100 }),
      cond('02', '路面有油污、泥浆或动物粪便', '清洗干净', workHours(4), { duplicateRadiusM: 100 }),
    ]),
    minor('0105', '水域不洁', 'Dirty waterway', 'WATER', [
      cond('01', '河道水面有漂浮垃圾、油污', '打捞清除', workDays(1), { duplicateRadiusM: 100 }),
      cond('02', '河道淤积、堵塞，或大面积油污', '疏浚清理，水面洁净', workDays(15), { duplicateRadiusM: 100 }),
    ]),
    minor('0106', '绿地脏乱', 'Littered green space', 'GREENING_SANITATION', [
      cond('01', '绿地内有垃圾、杂物', '清理干净', workHours(4)),
      cond('02', '绿地内堆放物料、晾晒衣物', '清除', workDays(1)),
    ]),
    minor('0107', '废弃车辆', 'Abandoned vehicle', 'TRAFFIC_POLICE', [
      cond('01', '道路、公共停车场内长期停放的废弃机动车', '拖移清除', workDays(10), { duplicateRadiusM: 20 }),
      cond('02', '废弃非机动车长期占用公共场所', '清理', workDays(5), {
        departmentType: 'STREET_OFFICE',
        duplicateRadiusM: 20,
      }),
    ]),
    minor('0108', '露天烧烤', 'Open-air barbecue', 'CITY_MANAGEMENT', [
      cond('01', '在街巷、广场等公共场所露天烧烤', '停止烧烤，撤除设施', workHours(2)),
    ]),
    minor('0109', '焚烧垃圾树叶', 'Burning waste or leaves', 'CITY_MANAGEMENT', [
      cond('01', '露天焚烧垃圾、树叶、秸秆', '熄灭火源，清理现场', workHours(2), { duplicateRadiusM: 100 }),
    ]),
    minor('0110', '乱堆物堆料', 'Unauthorised stacking', 'CITY_MANAGEMENT', [
      cond('01', '在道路、公共场所擅自堆放物料', '清除，恢复原状', workDays(1)),
      cond('02', '居住区公共部位堆物，影响通行或消防', '清除', workDays(2), { departmentType: 'STREET_OFFICE' }),
    ]),
    minor('0111', '沿街晾挂', 'Laundry hung in the street', 'STREET_OFFICE', [
      cond('01', '在沿街护栏、树木、电线杆上晾晒衣物', '收回晾晒物', workHours(4)),
    ]),
  ]),
  major('EVENT', '02', '宣传广告', 'Advertising', [
    minor('0201', '非法小广告', 'Illegal small advertisements', 'CITY_MANAGEMENT', [
      cond('01', '在建筑物、设施上张贴、涂写、刻画小广告', '清除干净，无残留', workDays(1)),
      cond('02', '喷涂办证、招租等联系电话', '清除，号码依法处理', workDays(2)),
    ]),
    minor('0202', '街头散发广告', 'Flyers handed out in the street', 'CITY_MANAGEMENT', [
      cond('01', '在道路、公共场所散发商业广告', '制止散发，清理散落广告', workHours(2), { requiresPhoto: false }),
    ]),
    minor('0203', '违规户外广告', 'Unauthorised outdoor advertising', 'GREENING_SANITATION', [
      cond('01', '未经批准设置户外广告设施', '拆除', workDays(10)),
      cond('02', '户外广告设施破损，存在坠落隐患', '加固或拆除，隐患排除', workHours(4)),
      cond('03', '广告内容违法，如虚假医疗广告', '撤除违法内容', workDays(3), { departmentType: 'MARKET_REGULATION' }),
    ]),
    minor('0204', '广告招牌破损', 'Damaged shop sign', 'GREENING_SANITATION', [
      cond('01', '招牌、灯箱破损或字体残缺', '修复完好', workDays(5), point),
      cond('02', '霓虹灯、灯箱部分不亮', '修复，正常亮灯', workDays(5), point),
    ]),
    minor('0205', '悬挂横幅标语', 'Unauthorised banners', 'CITY_MANAGEMENT', [
      cond('01', '未经批准悬挂横幅、标语', '拆除', workDays(1)),
      cond('02', '横幅、标语破损或过期未撤除', '撤除', workDays(1)),
    ]),
  ]),
  major('EVENT', '03', '施工管理', 'Construction management', [
    minor('0301', '施工扰民', 'Construction noise', 'CITY_MANAGEMENT', [
      cond('01', '22时至次日6时未经批准施工，噪声扰民', '停止夜间施工', naturalHours(2), noise),
      cond('02', '施工噪声、振动超标，影响周边居民', '采取降噪措施或停工', workDays(1), noise),
    ]),
    minor('0302', '施工占道', 'Construction occupying the road', 'ROADS', [
      cond('01', '未经批准占用、挖掘道路施工', '停止施工，恢复路面', workDays(1)),
      cond('02', '超出批准范围或期限占道施工', '按批准范围施工或撤离', workDays(1)),
      cond('03', '施工围挡破损、缺失，或警示设施不全', '修复围挡，设置警示', workHours(4)),
    ]),
    minor('0303', '工地扬尘', 'Construction dust', 'CITY_MANAGEMENT', [
      cond('01', '工地裸土、物料未覆盖，产生扬尘', '覆盖到位，扬尘受控', workHours(4), { duplicateRadiusM: 150 }),
      cond('02', '工地出入口未冲洗车辆，带泥上路', '设置冲洗设施，清洗路面', workDays(1), { duplicateRadiusM: 150 }),
    ]),
    minor('0304', '施工废弃料', 'Construction leftovers', 'CITY_MANAGEMENT', [
      cond('01', '施工结束后废弃料、设施未清理', '清理完毕', workDays(3)),
    ]),
    minor('0305', '道路遗撒', 'Spillage from vehicles', 'CITY_MANAGEMENT', [
      cond('01', '运输车辆沿途遗撒渣土、泥浆或砂石', '清扫干净，依法处罚', workHours(4), { duplicateRadiusM: 100 }),
    ]),
  ]),
  major('EVENT', '04', '街面秩序', 'Street order', [
    minor('0401', '无照经营游商', 'Unlicensed street vendors', 'CITY_MANAGEMENT', [
      cond('01', '在道路、广场等公共场所无照设摊或流动叫卖', '摊贩撤离，现场清理', workHours(2)),
    ]),
    minor('0402', '占道经营', 'Business spilling onto the pavement', 'CITY_MANAGEMENT', [
      cond('01', '沿街门店超出门窗外墙经营、摆放商品', '退店经营', workHours(2)),
      cond('02', '占用道路设摊、洗车、修车', '撤除摊点，路面清洁', workHours(2)),
    ]),
    minor('0403', '早夜市', 'Morning and night markets', 'CITY_MANAGEMENT', [
      cond('01', '未经批准设立早市、夜市', '取缔', workDays(2), { duplicateRadiusM: 100 }),
      cond('02', '经批准的早夜市超时、超范围经营', '按规定时间、范围经营', workDays(1), { duplicateRadiusM: 100 }),
      cond('03', '食品摊点无证经营或卫生不达标', '依法查处', workDays(3), {
        departmentType: 'MARKET_REGULATION',
        duplicateRadiusM: 100,
      }),
    ]),
    minor('0404', '流浪乞讨', 'Vagrancy and begging', 'PUBLIC_SECURITY', [
      cond('01', '在公共场所流浪乞讨、露宿', '劝导离开或护送至救助站', workHours(4), { requiresPhoto: false }),
    ]),
    minor('0405', '黑车拉客', 'Unlicensed taxis touting', 'TRAFFIC_POLICE', [
      cond('01', '无营运资质车辆在车站、路口等处揽客', '驱离，依法查处', workHours(4), { duplicateRadiusM: 100 }),
    ]),
    minor('0406', '机动车乱停放', 'Illegal parking', 'TRAFFIC_POLICE', [
      cond('01', '在禁停路段、人行道上停放机动车', '车辆驶离或拖移', workHours(2)),
      cond('02', '占用消防通道停放机动车', '车辆驶离或拖移', naturalHours(2)),
    ]),
    minor('0407', '非机动车乱停放', 'Disorderly bicycle parking', 'STREET_OFFICE', [
      cond('01', '非机动车、共享单车无序停放，占用人行道或盲道', '规整或清理', workHours(2)),
    ]),
    minor('0408', '占道废品收购', 'Scrap collecting on the street', 'CITY_MANAGEMENT', [
      cond('01', '占用道路、公共场所收购、堆放废品', '撤离，清理现场', workHours(4)),
    ]),
  ]),
  major('EVENT', '05', '突发事件', 'Emergencies', [
    minor('0501', '路面塌陷', 'Road collapse', 'ROADS', [
      cond('01', '路面塌陷、沉陷，影响通行安全', '围护警示到位，抢修完毕', naturalHours(2)),
    ]),
    minor('0502', '自来水管破裂', 'Burst water main', 'WATER', [
      cond('01', '供水管道破裂、爆管，大量跑水', '关阀止水，抢修完毕', naturalHours(2), { duplicateRadiusM: 100 }),
      cond('02', '供水管道渗漏，地面冒水', '修复，无渗漏', workDays(1), { duplicateRadiusM: 100 }),
    ]),
    minor('0503', '燃气管道破裂', 'Gas pipe rupture', 'UTILITY', [
      cond('01', '燃气管道破裂、泄漏', '切断气源，抢修完毕', naturalHours(1), { duplicateRadiusM: 100 }),
      cond('02', '公共区域有明显燃气异味', '查明原因，排除泄漏', naturalHours(1), {
        requiresPhoto: false,
        duplicateRadiusM: 100,
      }),
    ]),
    minor('0504', '下水道堵塞或破损', 'Blocked or broken sewer', 'WATER', [
      cond('01', '下水道堵塞，污水外溢', '疏通，清理外溢污水', workHours(4)),
      cond('02', '排水管道破损、塌陷', '修复', workDays(3)),
    ]),
    minor('0505', '道路积水', 'Road flooding', 'WATER', [
      cond('01', '积水深度超过15厘米，阻断车辆、行人通行', '积水排除，恢复通行', naturalHours(2), {
        duplicateRadiusM: 100,
      }),
      cond('02', '路面积水或结冰（非降雪），影响通行', '积水排除，无结冰', workHours(4), { duplicateRadiusM: 100 }),
    ]),
    minor('0506', '道路积雪结冰', 'Snow and ice on roads', 'GREENING_SANITATION', [
      cond('01', '主要道路、桥梁积雪结冰，影响通行', '除雪除冰，恢复通行', naturalHours(4), { duplicateRadiusM: 100 }),
      cond('02', '人行道、公交站台积雪未清扫', '清扫干净', workHours(4), { duplicateRadiusM: 100 }),
    ]),
    minor('0507', '火灾', 'Fire', 'OTHER', [
      cond('01', '发现明火、浓烟等火情', '火情扑灭，现场清理', naturalHours(1), {
        requiresPhoto: false,
        duplicateRadiusM: 100,
      }),
    ]),
    minor('0508', '高空坠物隐患', 'Falling object hazard', 'HOUSING', [
      cond('01', '建筑外墙、空调外机、阳台物品有坠落危险', '设置警示并排除隐患', naturalHours(2), point),
    ]),
  ]),
  major('EVENT', '06', '其他事件', 'Other events', [
    minor('0601', '群租', 'Illegal group renting', 'HOUSING', [
      cond('01', '居住房屋违规分隔搭建，群租居住', '拆除分隔，群租清退', workDays(20), {
        requiresPhoto: false,
        duplicateRadiusM: 30,
      }),
    ]),
    minor('0602', '餐饮油烟', 'Restaurant fumes', 'CITY_MANAGEMENT', [
      cond('01', '沿街餐饮单位油烟直排，或净化设施未运行', '油烟经净化后排放', workDays(5)),
    ]),
    minor('0603', '违规遛犬', 'Dog walking violations', 'PUBLIC_SECURITY', [
      cond('01', '在公共场所遛犬未束犬链，或未清理犬只粪便', '劝导整改', workHours(2), { requiresPhoto: false }),
    ]),
    minor('0604', '其他问题', 'Other problems', 'STREET_OFFICE', [
      cond('01', '未列入其他类别、需要处置的城市管理问题', '问题消除', workDays(5)),
    ]),
  ]),
];

type ConditionOverrides = Partial<Pick<SeedFilingCondition, 'departmentType' | 'requiresPhoto' | 'duplicateRadiusM'>>;
type ConditionDraft = Omit<SeedFilingCondition, 'departmentType'> & { departmentType?: DepartmentType };

function major(
  kind: CategoryKind,
  code: string,
  name: string,
  nameEn: string,
  minors: SeedMinorClass[],
): SeedMajorClass {
  return { kind, code, name, nameEn, minors };
}

/** A minor class whose conditions default to one department type. */
function minor(
  code: string,
  name: string,
  nameEn: string,
  departmentType: DepartmentType,
  drafts: ConditionDraft[],
): SeedMinorClass {
  const conditions = drafts.map((draft) => ({ ...draft, departmentType: draft.departmentType ?? departmentType }));
  return { code, name, nameEn, conditions };
}

function cond(
  code: string,
  description: string,
  closingCondition: string,
  limit: SeedTimeLimit,
  overrides: ConditionOverrides = {},
): ConditionDraft {
  return { code, description, closingCondition, limit, requiresPhoto: true, duplicateRadiusM: 50, ...overrides };
}

/**
 * Every manhole cover class has the same three states in city tables; only the owner differs. A
 * missing cover is a hole in the road, so it runs on natural hours.
 */
function manholeCover(code: string, name: string, nameEn: string, owner: DepartmentType): SeedMinorClass {
  return minor(code, name, nameEn, owner, [
    cond('01', '井盖破损、裂缝或松动，碾压有异响', '修复或更换，井盖平稳完好', workDays(1), point),
    cond('02', '井盖缺失，井口敞开', '补装井盖；补装前设置围挡警示', naturalHours(2), point),
    cond('03', '井盖移位、未盖严，或与路面高差超过2厘米', '井盖复位，与路面平顺', workHours(4), point),
  ]);
}

function workHours(amount: number): SeedTimeLimit {
  return { amount, unit: 'WORK_HOURS' };
}

function workDays(amount: number): SeedTimeLimit {
  return { amount, unit: 'WORK_DAYS' };
}

function naturalHours(amount: number): SeedTimeLimit {
  return { amount, unit: 'NATURAL_HOURS' };
}
