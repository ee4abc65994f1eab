import { badOpen311Request } from './open311-error.js';
import type { FormFields } from './read-form-body.js';

/** POST requests' arguments, checked for shape (what they name is checked by the submission). */
export interface ServiceRequestForm {
  apiKey: string | null;
  serviceCode: string | null;
  /** WGS84; both or neither. */
  point: { lng: number; lat: number } | null;
  addressString: string | null;
  addressId: string | null;
  email: string | null;
  deviceId: string | null;
  accountId: string | null;
  /** gridloop's extension: the submitting system's own id for it (a 12345 work order's 工单编号). */
  externalId: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  description: string | null;
  mediaUrl: string | null;
  /** attribute[code]=value, and attribute[code][]=v1&attribute[code][]=v2 for multi-value lists. */
  attributes: Map<string, string[]>;
}

const attributeField = /^attribute\[([^\]]+)\](\[\])?$/;

/** Parses the form: 400 for a repeated plain argument, half a coordinate pair or an unusable number. */
export function parseServiceRequestForm(fields: FormFields): ServiceRequestForm {
  const text = (name: string) => singleField(fields, name);
  return {
    apiKey: text('api_key'),
    serviceCode: text('service_code'),
    point: pointOf(text('lat'), text('long')),
    addressString: text('address_string'),
    addressId: text('address_id'),
    email: text('email'),
    deviceId: text('device_id'),
    accountId: text('account_id'),
    externalId: text('external_id'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    phone: text('phone'),
    description: text('description'),
    mediaUrl: text('media_url'),
    attributes: attributesOf(fields),
  };
}

/** An optional argument: empty counts as absent (the spec's rule), repeated is an error. */
function singleField(fields: FormFields, name: string): string | null {
  const given = (fields.get(name) ?? []).map((value) => value.trim()).filter((value) => value !== '');
  if (given.length > 1) badOpen311Request(`${name} may be given once.`);
  return given[0] ?? null;
}

function pointOf(lat: string | null, long: string | null): ServiceRequestForm['point'] {
  if (lat === null && long === null) return null;
  if (lat === null || long === null) badOpen311Request('lat and long must be sent together.');
  const [latitude, longitude] = [Number(lat), Number(long)];
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    badOpen311Request(`lat must be a WGS84 latitude from -90 to 90, got ${JSON.stringify(lat)}.`);
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    badOpen311Request(`long must be a WGS84 longitude from -180 to 180, got ${JSON.stringify(long)}.`);
  }
  return { lng: longitude, lat: latitude };
}

function attributesOf(fields: FormFields): Map<string, string[]> {
  const attributes = new Map<string, string[]>();
  for (const [name, values] of fields) {
    const code = attributeField.exec(name)?.[1];
    if (code === undefined) continue;
    const given = values.map((value) => value.trim()).filter((value) => value !== '');
    attributes.set(code, [...(attributes.get(code) ?? []), ...given]);
  }
  return attributes;
}
