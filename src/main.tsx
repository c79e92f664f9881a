import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './ui/app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectPlatform } from './platform';
import { openRepositories } from './storage/repositories';
import { Root } from './ui/app/Root';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <Root repositories={openRepositories()} platform={detectPlatform()} />
  </StrictMode>,
);
