/**
 * Choosing what goes into a briefing book: whose it is, which edition, which parts, which paper. The choice is
 * remembered for the trip on this computer and carried by the book's address.
 */
import { Button, Checkbox, Divider, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BOOK_SECTIONS, ORGANISER_ONLY_SECTIONS, type BookEdition, type BookSection } from '../../domain/book/briefing-book';
import { hostsOf } from '../../domain/book/host-programme';
import { inDelegationOrder } from '../../domain/people/person';
import { safeFileName } from '../../domain/shared/file-name';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useLocale } from '../shared/locale';
import { usePlatform } from '../shared/context';
import { bookBatchStart, type BookBatchTarget } from './use-book-batch';
import { bookSearch, rememberBookChoice, rememberedBookChoice, type BookChoice, type PaperSize } from './book-options';

const EVERYONE = '';

export function BookOptionsModal({ bundle, opened, onClose }: { bundle: TripBundle; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('book');
  // The dialog stays mounted, so that closing it gives the focus back to the button that opened it; its form
  // starts afresh from the remembered choice each time it opens.
  return (
    <Modal opened={opened} onClose={onClose} title={t('options.title')} size="lg">
      {opened && <BookOptionsForm bundle={bundle} onClose={onClose} />}
    </Modal>
  );
}

function BookOptionsForm({ bundle, onClose }: { bundle: TripBundle; onClose: () => void }) {
  const { t } = useTranslation(['book', 'people', 'common']);
  const locale = useLocale();
  const navigate = useNavigate();
  const tripId = bundle.trip.id;
  const [choice, setChoice] = useState<BookChoice>(() => rememberedBookChoice(tripId));
  const people = useMemo(() => {
    const nameOf = (id: string) => bundle.people.find((person) => person.id === id)?.name ?? '';
    return inDelegationOrder(bundle.memberships, nameOf).map((membership) => ({
      value: membership.personId,
      label: t('book:options.personLabel', { name: nameOf(membership.personId), role: t(`people:role.${membership.role}`) }),
    }));
  }, [bundle.memberships, bundle.people, t]);
  const hosts = useMemo(
    () =>
      hostsOf(bundle)
        .map((organisation) => ({ value: organisation.id, label: locale.language === 'zh-CN' && organisation.nameLocal ? organisation.nameLocal : organisation.name }))
        .sort((a, b) => locale.compare(a.label, b.label)),
    [bundle, locale],
  );
  const [hostId, setHostId] = useState<string | null>(null);
  const personId = choice.personId !== null && people.some((person) => person.value === choice.personId) ? choice.personId : null;
  const organiser = choice.edition === 'organiser';
  const sections = choice.sections.filter((section) => organiser || !ORGANISER_ONLY_SECTIONS.has(section));

  const toggle = (section: BookSection, on: boolean) =>
    setChoice((current) => ({
      ...current,
      sections: BOOK_SECTIONS.filter((candidate) => (candidate === section ? on : current.sections.includes(candidate))),
    }));

  const show = () => {
    const chosen: BookChoice = { ...choice, personId, sections };
    rememberBookChoice(tripId, chosen);
    onClose();
    void navigate(`/trips/${tripId}/book${bookSearch(chosen)}`);
  };

  const platform = usePlatform();
  const [choosingFolder, setChoosingFolder] = useState(false);
  const [folderProblem, setFolderProblem] = useState<string | null>(null);
  // PDFs into a folder where the desktop can print them; in the browser, web pages into one zip.
  const intoFolder = platform.savePdfToFolder !== null;
  const everyDelegate = async () => {
    let target: BookBatchTarget;
    if (intoFolder) {
      setChoosingFolder(true);
      setFolderProblem(null);
      const chosen = await platform.chooseFolder();
      setChoosingFolder(false);
      if (chosen.status === 'failed') setFolderProblem(chosen.message);
      if (chosen.status !== 'chosen') return;
      target = { kind: 'folder', folder: chosen.folder };
    } else {
      target = { kind: 'zip', archiveName: safeFileName(t('book:batch.archiveName', { trip: bundle.trip.name }), 'zip', 'briefing books') };
    }
    const picked: BookChoice = { ...choice, personId: null, sections };
    rememberBookChoice(tripId, picked);
    onClose();
    const start = bookBatchStart(tripId, picked, target, people.map((person) => person.value));
    void navigate(start.to, { state: start.state });
  };

  const showHost = () => {
    if (hostId === null) return;
    rememberBookChoice(tripId, { ...choice, personId, sections });
    onClose();
    void navigate(`/trips/${tripId}/host/${hostId}?paper=${choice.paper}`);
  };

  return (
    <Stack gap="md">
      <Select
        label={t('book:options.whose')}
        data={[{ value: EVERYONE, label: t('book:options.everyone') }, ...people]}
        value={personId ?? EVERYONE}
        onChange={(value) => setChoice((current) => ({ ...current, personId: value ? value : null }))}
        allowDeselect={false}
        searchable
        filter={({ options, search }) =>
          options.filter((option) => 'label' in option && option.label.toLocaleLowerCase(locale.language).includes(search.toLocaleLowerCase(locale.language)))
        }
      />
      <Radio.Group
        label={t('book:options.edition')}
        value={choice.edition}
        onChange={(value) => setChoice((current) => ({ ...current, edition: value as BookEdition }))}
      >
        <Stack gap={6} mt={6}>
          <Radio value="delegate" label={t('book:options.editionDelegate')} />
          <Radio value="organiser" label={t('book:options.editionOrganiser')} />
        </Stack>
      </Radio.Group>
      <Checkbox.Group label={t('book:options.sections')} value={sections}>
        <Stack gap={6} mt={6}>
          {BOOK_SECTIONS.filter((section) => organiser || !ORGANISER_ONLY_SECTIONS.has(section)).map((section) => (
            <Checkbox
              key={section}
              value={section}
              label={t(`book:section.${section}`)}
              checked={sections.includes(section)}
              onChange={(event) => toggle(section, event.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox
        label={t('book:options.passportDetails')}
        description={t('book:options.passportDetailsHint')}
        checked={choice.passportDetails === true}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setChoice((current) => ({ ...current, passportDetails: checked }));
        }}
      />
      {sections.length === 0 && (
        <Text c="red" size="sm" role="alert">
          {t('book:options.noSections')}
        </Text>
      )}
      <Radio.Group
        label={t('book:options.paper')}
        value={choice.paper}
        onChange={(value) => setChoice((current) => ({ ...current, paper: value as PaperSize }))}
      >
        <Group gap="md" mt={6}>
          <Radio value="a4" label={t('book:options.paperA4')} />
          <Radio value="letter" label={t('book:options.paperLetter')} />
        </Group>
      </Radio.Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:action.cancel')}
        </Button>
        <Button onClick={show} disabled={sections.length === 0}>
          {t('book:options.show')}
        </Button>
      </Group>
      {people.length > 0 && (
        <Group justify="flex-end" gap="xs">
          <Text size="xs" c="dimmed">
            {t(intoFolder ? 'book:batch.everyoneHint' : 'book:batch.everyoneZipHint')}
          </Text>
          <Button variant="light" onClick={() => void everyDelegate()} loading={choosingFolder} disabled={sections.length === 0}>
            {t(intoFolder ? 'book:batch.everyone' : 'book:batch.everyoneZip')}
          </Button>
        </Group>
      )}
      {folderProblem && (
        <Text c="red" size="sm" role="alert">
          {folderProblem}
        </Text>
      )}
      <Divider />
      {hosts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('book:host.none')}
        </Text>
      ) : (
        <Group align="flex-end" wrap="nowrap">
          <Select
            label={t('book:host.choose')}
            data={hosts}
            value={hostId}
            onChange={setHostId}
            searchable
            style={{ flex: 1 }}
          />
          <Button variant="light" onClick={showHost} disabled={hostId === null}>
            {t('book:host.show')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
