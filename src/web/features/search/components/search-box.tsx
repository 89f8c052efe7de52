import { Button, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../lib/i18n';
import '../search.css';
import { searchHref } from '../model/links';

/** The search box in the header of every page: submits to /zoeken?q=… */
export function SearchBox() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const onResults = location.pathname === '/zoeken';
  const [value, setValue] = useState(onResults ? (params.get('q') ?? '') : '');
  // On the results page the box shows the query of the address (also after back/forward).
  useEffect(() => {
    if (onResults) setValue(params.get('q') ?? '');
  }, [onResults, params]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = value.trim();
    if (q) navigate(searchHref(q));
  };
  return (
    <form role="search" className="rt-search-box" onSubmit={submit} aria-label={t('search.label')}>
      <label htmlFor="rt-search-q" className="rt-visually-hidden">
        {t('search.label')}
      </label>
      <Textbox
        id="rt-search-q"
        type="search"
        name="q"
        value={value}
        maxLength={200}
        placeholder={t('search.placeholder')}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('search.submit')}
      </Button>
    </form>
  );
}
