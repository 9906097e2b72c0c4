'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

export interface BatchCandidate {
  id: string;
  title: string;
  unit: string;
  stageName: string;
}

/** The 送审稿 form: pick the cases the meeting approved, give the batch number, approve them at once. */
export function BatchApprovalForm({ candidates }: { candidates: BatchCandidate[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(candidates.map((c) => c.id));
  const [batch, setBatch] = useState('');
  const [opinion, setOpinion] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const answer = message && (
    <p role={message.ok ? 'status' : 'alert'} style={message.ok ? undefined : { color: 'var(--theme-error-500)' }}>
      {message.text}
    </p>
  );

  // After a batch is approved the page refreshes with no cases left: the confirmation stays.
  if (candidates.length === 0) {
    return (
      <section aria-labelledby="batch-title">
        <h3 id="batch-title">批量审定（送审稿）</h3>
        {answer}
        <p>暂无待审定的调整。</p>
      </section>
    );
  }

  const toggle = (id: string) => setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  async function approve() {
    setBusy(true);
    setMessage(null);
    const response = await fetch('/api/adjustments/decide-batch', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: chosen, decision: 'approve', batch, opinion }),
    });
    const json = await response.json();
    setBusy(false);
    if (!response.ok) return setMessage({ ok: false, text: json.errors?.[0]?.message ?? '批量审定未成功，整批没有办理。' });
    setMessage({ ok: true, text: `${json.message}，批次号：${batch}` });
    router.refresh();
  }

  return (
    <section aria-labelledby="batch-title">
      <h3 id="batch-title">批量审定（送审稿，{candidates.length} 件）</h3>
      <fieldset style={{ border: 'none', padding: 0 }}>
        <legend>勾选会议审定通过的调整</legend>
        <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
          {candidates.map((c) => (
            <li key={c.id}>
              <label>
                <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} /> {c.title}
                {c.unit && ` · ${c.unit}`} · {c.stageName}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label style={{ display: 'block' }}>
        审定批次号（必填）
        <input value={batch} onChange={(e) => setBatch(e.target.value)} placeholder="如：县政府第12次常务会议" style={{ display: 'block', width: '100%' }} />
      </label>
      <label style={{ display: 'block' }}>
        审定意见
        <textarea value={opinion} onChange={(e) => setOpinion(e.target.value)} rows={2} style={{ display: 'block', width: '100%' }} />
      </label>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={busy || chosen.length === 0 || batch.trim() === ''}
        onClick={() => void approve()}
      >
        批量审定通过（{chosen.length} 件）
      </button>
      {answer}
    </section>
  );
}
