/**
 * A link that leaves the app (a website, an e-mail address, a phone number). It is a real link, so it reads
 * and behaves as one, but it opens through the platform, which decides what may leave and says why not.
 */
import { Anchor, type AnchorProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../shared/context';

export function ExternalLink({ url, children, ...props }: AnchorProps & { url: string; children: ReactNode }) {
  const platform = usePlatform();
  const { t } = useTranslation('directory');
  return (
    <Anchor
      {...props}
      href={url}
      onClick={(event) => {
        event.preventDefault();
        void platform.openExternal(url).then((result) => {
          if (result.status === 'refused') {
            notifications.show({ color: 'red', title: t('linkNotOpened'), message: result.message });
          }
        });
      }}
    >
      {children}
    </Anchor>
  );
}
