/**
 * Every form dialog starts from the record it edits (or an empty draft) each time it opens: values set, the
 * dirty state taken from them (so closing untouched asks nothing), and old errors gone.
 */
import { useEffect } from 'react';

/** The part of a Mantine form this needs. */
interface ResettableForm<Values> {
  setValues: (values: Values) => void;
  resetDirty: (values: Values) => void;
  clearErrors: () => void;
}

export function useFormValuesOnOpen<Values>(form: ResettableForm<Values>, opened: boolean, values: Values): void {
  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!opened) return;
    setValues(values);
    resetDirty(values);
    clearErrors();
  }, [opened, values, setValues, resetDirty, clearErrors]);
}
