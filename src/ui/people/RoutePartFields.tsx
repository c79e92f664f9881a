/**
 * The part of the route a member is present for: "Joins at" and "Leaves after" for the usual case, and a
 * checkbox per city for any other set (a delegate who skips a city). Both edit the same list of stop ids.
 */
import { Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRoutePart, routePartEnds, citiesBetween } from '../../domain/people/person-rules';
import type { City } from '../../domain/route/city';
import { useLocale } from '../shared/locale';

export interface RoutePartFieldsProps {
  /** The trip's stops in route order. */
  stops: City[];
  value: string[];
  onChange: (stopIds: string[]) => void;
  error?: string;
}

export function RoutePartFields({ stops, value, onChange, error }: RoutePartFieldsProps) {
  const { t } = useTranslation('people');
  const locale = useLocale();
  if (stops.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('routePart.noRoute')}
      </Text>
    );
  }
  const ends = routePartEnds(stops, value);
  const options = stops.map((stop) => ({ value: stop.id, label: locale.city(stop) }));
  const positionOf = (id: string | null) => stops.findIndex((stop) => stop.id === id);

  const changeEnds = (joinsAt: string | null, leavesAfter: string | null) => {
    const from = joinsAt ?? stops[0]!.id;
    let to = leavesAfter ?? stops[stops.length - 1]!.id;
    // Leaving before joining is never meant: the other end follows.
    if (positionOf(to) < positionOf(from)) to = from;
    onChange(citiesBetween(stops, from, to));
  };

  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <Select
          label={t('routePart.joinsAtLabel')}
          data={options}
          value={ends?.joinsAtStopId ?? null}
          placeholder={t('routePart.chosenBelow')}
          allowDeselect={false}
          onChange={(joinsAt) => changeEnds(joinsAt, ends?.leavesAfterStopId ?? null)}
        />
        <Select
          label={t('routePart.leavesAfterLabel')}
          data={options}
          value={ends?.leavesAfterStopId ?? null}
          placeholder={t('routePart.chosenBelow')}
          allowDeselect={false}
          onChange={(leavesAfter) => {
            const from = ends?.joinsAtStopId ?? null;
            // Choosing to leave before the current start moves the start back to that city.
            changeEnds(positionOf(leavesAfter) < positionOf(from) ? leavesAfter : from, leavesAfter);
          }}
        />
      </Group>
      <Checkbox.Group
        label={t('routePart.presentFor')}
        description={locale.word(describeRoutePart(stops, value))}
        value={value}
        onChange={(chosen) => onChange(stops.filter((stop) => chosen.includes(stop.id)).map((stop) => stop.id))}
        error={error}
      >
        <Group gap="md" mt={6}>
          {stops.map((stop) => (
            <Checkbox key={stop.id} value={stop.id} label={locale.city(stop)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
