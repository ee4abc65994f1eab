import { useT } from '../../i18n';
import { ROLES } from '../auth/session-types';
import type { CaseEvent } from './case-types';
import { PhotoThumbnails } from './photo-thumbnails';
import { useFormatDateTime } from './use-format-date-time';
import { useLocalName } from './use-local-name';

/** The case's event log, oldest first: who did what, in which role, why, and whether in time. */
export function CaseTimeline({ events }: { events: readonly CaseEvent[] }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const localName = useLocalName();
  const roleName = (role: string | null) =>
    role !== null && (ROLES as readonly string[]).includes(role) ? t(`role.${role as (typeof ROLES)[number]}`) : role;
  return (
    <section className="case-section" aria-labelledby="case-timeline-title">
      <h3 id="case-timeline-title" className="case-section__title">
        {t('cases.timeline')}
      </h3>
      <ol className="case-timeline" data-testid="case-timeline">
        {events.map((event) => (
          <li key={event.id} className="case-timeline__event" data-event-action={event.action}>
            <time className="case-timeline__time" dateTime={event.occurredAt}>
              {formatDateTime(event.occurredAt)}
            </time>
            <span className="case-timeline__action">{t(`caseAction.${event.action}`)}</span>
            <span className="case-timeline__actor">
              {event.actorName === null
                ? t('cases.timeline.system')
                : t('cases.timeline.byRole', { name: event.actorName, role: roleName(event.actorRole) ?? '' })}
            </span>
            {event.department && (
              <span className="case-timeline__department">
                {t('cases.timeline.toDepartment', { department: localName(event.department) })}
              </span>
            )}
            {event.metDeadline !== null && (
              <span
                className={`case-timeline__deadline case-timeline__deadline--${event.metDeadline ? 'met' : 'missed'}`}
              >
                {t(event.metDeadline ? 'cases.timeline.onTime' : 'cases.timeline.late')}
              </span>
            )}
            {event.note && <p className="case-timeline__note">{event.note}</p>}
            {event.photos.length > 0 && <PhotoThumbnails photos={event.photos} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
