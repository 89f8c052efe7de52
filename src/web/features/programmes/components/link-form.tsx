import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LINK_KINDS, type LinkKind } from '../../../../domain/programme/vocabulary';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import type { NodeDetail } from '../api/get-node';
import { useTree } from '../api/get-tree';
import { useProgrammes } from '../api/list-programmes';
import { createLink } from '../api/save-link';
import type { Programme } from '../api/types';
import { indentedLabel, linkTargets } from '../model/links';
import { levelLabel, nodeName } from '../model/tree';
import { serverFieldErrors } from '../model/validate';

/**
 * Add a link from this node: the kind, then the programme (this one or another), then a node of
 * that programme's tree. Nodes it already links to with that kind, and the node itself, are not offered.
 */
export function LinkForm({ programme: p, node, onSaved }: { programme: Programme; node: NodeDetail; onSaved(message: string): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [kind, setKind] = useState<LinkKind | ''>('');
  const [target, setTarget] = useState(p.slug);
  const [toNodeId, setToNodeId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const programmes = useProgrammes();
  const tree = useTree(target);

  // Opening moves the focus into the form, closing back to the button that opened it.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) heading.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    setOpen(false);
    setKind('');
    setTarget(p.slug);
    setToNodeId('');
    setNote('');
    setErrors({});
    setMessage(undefined);
  };

  const choices = tree.state === 'ready' ? linkTargets(tree.data.nodes, node.id, node.links, kind || 'raakt-aan') : [];
  const levels = tree.state === 'ready' ? tree.data.programme.levelLabels : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local: Record<string, string> = {};
    if (!kind) local.kind = t('linkForm.kindRequired');
    if (!toNodeId) local.toNodeId = t('linkForm.nodeRequired');
    setErrors(local);
    setMessage(undefined);
    if (!kind || !toNodeId) return;
    const chosen = choices.find((c) => c.node.id === toNodeId)?.node;
    setBusy(true);
    try {
      await createLink(p.slug, node.id, { toNodeId, kind, note: note.trim() || null });
      close();
      onSaved(t('linkForm.saved', { title: chosen ? nodeName(chosen) : '' }));
    } catch (err) {
      setErrors(err instanceof ApiError ? serverFieldErrors(err.details) : {});
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (!open)
    return (
      <Button ref={toggle} type="button" appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('linkForm.open')}
      </Button>
    );

  const programmeOptions =
    programmes.state === 'ready'
      ? programmes.data.items.map((x) => ({ value: x.slug, label: x.shortName ?? x.title }))
      : [{ value: p.slug, label: p.shortName ?? p.title }];
  const nodeHint =
    tree.state === 'loading'
      ? t('common.loading')
      : tree.state === 'error'
        ? t('common.error', { message: tree.error.message })
        : choices.length === 0
          ? t('linkForm.noNodes')
          : undefined;
  return (
    <form onSubmit={submit} noValidate className="rt-subform rt-subform--wide" aria-labelledby="link-form-heading">
      <Heading3 id="link-form-heading" ref={heading} tabIndex={-1}>
        {t('linkForm.title')}
      </Heading3>
      <FormErrorSummary title={t('common.formErrors')} errors={errors} message={message} />
      <SelectField
        label={t('linkForm.kind')}
        name="kind"
        value={kind}
        emptyLabel={t('linkForm.kindChoose')}
        options={LINK_KINDS.map((k) => ({ value: k, label: t(`linkForm.kind.${k}`) }))}
        onChange={(v) => {
          const next = LINK_KINDS.find((k) => k === v) ?? '';
          setKind(next);
          // A node already linked with the new kind is no longer a choice.
          if (
            tree.state === 'ready' &&
            next &&
            !linkTargets(tree.data.nodes, node.id, node.links, next).some((c) => c.node.id === toNodeId)
          )
            setToNodeId('');
        }}
        errorMessage={errors.kind}
        required
      />
      <SelectField
        label={t('linkForm.programme')}
        name="programme"
        value={target}
        options={programmeOptions}
        onChange={(v) => {
          setTarget(v);
          setToNodeId('');
        }}
      />
      <SelectField
        label={t('linkForm.node')}
        name="toNodeId"
        value={toNodeId}
        emptyLabel={t('linkForm.nodeChoose')}
        description={nodeHint}
        options={choices.map((c) => ({ value: c.node.id, label: indentedLabel(c, c.node.levelLabel ?? levelLabel(levels, c.node.level)) }))}
        onChange={setToNodeId}
        errorMessage={errors.toNodeId}
        required
      />
      <TextAreaField label={t('linkForm.note')} name="note" value={note} onValue={setNote} errorMessage={errors.note} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('linkForm.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={close}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
