/**
 * Every form dialog starts from the record it edits (or an empty draft) each time it opens: values set, the
 * dirty state taken from them (so closing untouched asks nothing), and old errors gone.
 */
import { useEffect, useState } from 'react';

/** The part of a Mantine form this needs. */
interface ResettableForm<Values> {
  setValues: (values: Values) => void;
  resetDirty: (values: Values) => void;
  clearErrors: () => void;
}

/**
 * `value` as it was when the dialog last opened. A form edits the record as it opened on it: the record read
 * live changing meanwhile (saved in another window) must not reset what the person is typing; their save is
 * merged with that change instead (useEditClash).
 */
export function useValueWhenOpened<Value>(opened: boolean, value: Value): Value {
  const [kept, setKept] = useState({ opened, value });
  if (kept.opened !== opened) {
    setKept({ opened, value });
    return value;
  }
  return kept.value;
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
