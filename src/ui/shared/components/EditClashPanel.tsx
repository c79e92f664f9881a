/**
 * Inside an edit form, after a save found that someone else (another window, another organiser) saved the same
 * record since the form opened and changed some of the same fields: each such field with both values, the
 * person choosing which to keep (their own, unless they say otherwise). Fields only one side changed need no
 * choice and are not shown: they are kept.
 *
 * `useEditClash` keeps what the form's save merges with: the record as the form opened on it, and after a clash,
 * the record as it then was, with the form showing the merge (the other side's changes to other fields, the
 * person's own values in the clashing fields, switched as they choose). Saving again merges against that.
 */
import { Alert, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveClashes, type ClashChoices, type EditClash, type FieldClash } from '../../../domain/shared/field-merge';

interface ClashState<Draft> {
  /** What the save merges the form's values with: the record as last read. */
  base: Draft;
  clashes: FieldClash<Draft>[];
  choices: ClashChoices<Draft>;
}

export interface EditClashes<Draft> extends ClashState<Draft> {
  /** A save found clashes: the form now shows the merge, and the next save merges with the record as it is. */
  found(clash: EditClash<Draft>['clash']): void;
  choose(field: keyof Draft & string, side: 'mine' | 'theirs'): void;
}

/** The base an edit form saves against, from `starting` (the record as the form opens on it) each time it opens. */
export function useEditClash<Draft extends object>(form: UseFormReturnType<Draft>, opened: boolean, starting: Draft): EditClashes<Draft> {
  const [state, setState] = useState<ClashState<Draft>>({ base: starting, clashes: [], choices: {} });
  // Each opening starts again from the record the form opened on.
  const [wasOpened, setWasOpened] = useState(opened);
  if (wasOpened !== opened) {
    setWasOpened(opened);
    if (opened) setState({ base: starting, clashes: [], choices: {} });
  }
  return {
    ...state,
    found(clash) {
      form.setValues(resolveClashes(clash, {}));
      setState({ base: clash.current, clashes: clash.clashes, choices: {} });
    },
    choose(field, side) {
      const clash = state.clashes.find((candidate) => candidate.field === field);
      if (!clash) return;
      form.setFieldValue(field as never, (side === 'mine' ? clash.mine : clash.theirs) as never);
      setState((current) => ({ ...current, choices: { ...current.choices, [field]: side } }));
    },
  };
}

export interface EditClashPanelProps<Draft> {
  clashes: readonly FieldClash<Draft>[];
  choices: ClashChoices<Draft>;
  onChoose(field: keyof Draft & string, side: 'mine' | 'theirs'): void;
  /** The field's label, as the form shows it. */
  label(field: keyof Draft & string): string;
  /** A value of the field as a person reads it; empty text is said as such. */
  show(field: keyof Draft & string, value: Draft[keyof Draft & string]): string;
}

export function EditClashPanel<Draft>({ clashes, choices, onChoose, label, show }: EditClashPanelProps<Draft>) {
  const { t } = useTranslation();
  const said = (field: keyof Draft & string, value: Draft[keyof Draft & string]) => show(field, value) || t('editClash.empty');
  return (
    <Alert color="orange" icon={<IconGitMerge size={18} />} title={t('editClash.title')} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('editClash.description')}</Text>
        {clashes.map((clash) => (
          <Radio.Group
            key={clash.field}
            label={label(clash.field)}
            value={choices[clash.field] ?? 'mine'}
            onChange={(side) => onChoose(clash.field, side === 'theirs' ? 'theirs' : 'mine')}
          >
            <Stack gap={6} mt={6}>
              <Radio value="mine" label={t('editClash.mine', { value: said(clash.field, clash.mine) })} />
              <Radio value="theirs" label={t('editClash.theirs', { value: said(clash.field, clash.theirs) })} />
            </Stack>
          </Radio.Group>
        ))}
      </Stack>
    </Alert>
  );
}
