/** 部件 as the inventory screen reads it. */
export interface Component {
  id: number;
  /** 16 digits: 6 district + 2 major + 2 minor + 6 serial. */
  code: string;
  name: string | null;
  lng: number;
  lat: number;
  isActive: boolean;
  category: { id: number; code: string; name: string };
  area: { code: string; name: string };
  ownerDepartment: { id: number; name: string } | null;
}

/** A component minor class (部件小类) a component can be filed under. */
export interface ComponentClass {
  id: number;
  /** 4 digits: major + minor. */
  code: string;
  name: string;
  majorName: string;
}
