import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { client } from './graphql/client.ts';
import { LanguageProvider } from './i18n/language-context.tsx';
import { router } from './routes.tsx';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/search.css';
import './styles/results.css';
import './styles/detail.css';
import './styles/account.css';
import './styles/advice.css';
import './styles/routes.css';
import './styles/act.css';
import './styles/start.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <UrqlProvider value={client}>
      <LanguageProvider>
        <RouterProvider router={router} />
      </LanguageProvider>
    </UrqlProvider>
  </StrictMode>,
);
