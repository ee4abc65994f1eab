import { useEffect, useState } from 'react';
import type { DepartmentRef } from './case-types';
import { fetchDepartments } from './fetch-departments';

/** The departments to dispatch to, loaded when a dispatch dialog opens; empty until then. */
export function useDepartments(): DepartmentRef[] {
  const [departments, setDepartments] = useState<DepartmentRef[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetchDepartments(controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setDepartments(found);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) console.error('Could not load the departments', error);
      },
    );
    return () => controller.abort();
  }, []);
  return departments;
}
