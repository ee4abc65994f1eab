import { useCallback, useEffect, useRef, useState } from 'react';
import { compressPhoto, type PreparedPhoto, UnreadablePhotoError } from './compress-photo';

/** The API takes at most this many photos with one report. */
export const MAX_PHOTOS = 9;

/** A compressed photo with an object URL for its thumbnail. */
export interface PhotoPick {
  id: number;
  photo: PreparedPhoto;
  url: string;
}

export interface PhotoPicks {
  picks: PhotoPick[];
  isPreparing: boolean;
  /** Names of files the phone could not decode, from the last add. */
  unreadable: string[];
  add(files: readonly File[]): Promise<void>;
  remove(id: number): void;
  /** Empties the list (after a submit); the photos live on in the outbox. */
  clear(): void;
}

/**
 * The photos of the report being written, compressed as they are picked (so the submit itself is
 * instant), at most nine. Thumbnail URLs are revoked when a photo leaves the list.
 */
export function usePhotoPicks(): PhotoPicks {
  const [picks, setPicks] = useState<PhotoPick[]>([]);
  const [isPreparing, setPreparing] = useState(false);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const nextId = useRef(1);
  const current = useRef(picks);
  current.current = picks;

  const add = useCallback(async (files: readonly File[]) => {
    setPreparing(true);
    setUnreadable([]);
    try {
      for (const file of files.slice(0, Math.max(0, MAX_PHOTOS - current.current.length))) {
        try {
          const photo = await compressPhoto(file);
          const pick = { id: nextId.current++, photo, url: URL.createObjectURL(photo.blob) };
          setPicks((list) => [...list, pick]);
        } catch (error) {
          if (!(error instanceof UnreadablePhotoError)) console.error('Could not prepare a photo', error);
          setUnreadable((names) => [...names, file.name]);
        }
      }
    } finally {
      setPreparing(false);
    }
  }, []);

  const remove = useCallback((id: number) => {
    setPicks((list) => {
      const gone = list.find((pick) => pick.id === id);
      if (gone) URL.revokeObjectURL(gone.url);
      return list.filter((pick) => pick.id !== id);
    });
  }, []);

  const clear = useCallback(() => {
    setPicks((list) => {
      for (const pick of list) URL.revokeObjectURL(pick.url);
      return [];
    });
    setUnreadable([]);
  }, []);

  useEffect(
    () => () => {
      for (const pick of current.current) URL.revokeObjectURL(pick.url);
    },
    [],
  );

  return { picks, isPreparing, unreadable, add, remove, clear };
}
