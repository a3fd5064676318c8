// Routes: the home page and one page per lesson. History-API URLs; static hosts serve
// index.html for unknown paths (vite preview does; see README for other hosts).
import { Route, Router, Switch } from 'wouter';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { LessonPage } from './LessonPage';
import { NotFound } from './NotFound';
import { useTheme } from './useTheme';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function App() {
  useTheme();
  return (
    <Router base={base}>
      <Layout>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/lessons/:slug">{(params) => <LessonPage slug={params.slug} />}</Route>
          <Route component={NotFound} />
        </Switch>
      </Layout>
    </Router>
  );
}
