// The glossary of our own ja and zh-TW text (ui, actions, boot): one term per concept, the one the source document or
// Microsoft's product UI uses. Each entry says the term to use and the variants that crept in before, so they cannot
// return. locales/*/document.json is Microsoft's text and is not held to this.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const namespaces = ['ui', 'actions', 'boot', 'tools'] as const;

function flatten(value: unknown, prefix: string): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => flatten(child, `${prefix}.${key}`));
  throw new Error(`${prefix} is neither text nor a group`);
}

/** Every string of a language as [namespace:key, text]. */
const strings = (language: string): Array<[string, string]> =>
  namespaces.flatMap((namespace) =>
    flatten(JSON.parse(readFileSync(join(root, 'locales', language, `${namespace}.json`), 'utf8')), namespace).map(
      ([key, text]): [string, string] => [key.replace('.', ':'), text],
    ),
  );

interface Term {
  concept: string;
  /** Must appear somewhere in the language's text. */
  use: string;
  /** Must appear nowhere. */
  avoid: RegExp[];
}

const glossary: Record<'ja' | 'zh-TW', Term[]> = {
  ja: [
    { concept: 'accepted domain', use: '承認済みドメイン', avoid: [/承認されたドメイン/, /受け入れ済みドメイン/] },
    { concept: 'inbound connector', use: '受信コネクタ', avoid: [/コネクター/] },
    { concept: 'tenant', use: 'テナント', avoid: [] },
    { concept: 'Microsoft 365 admin center', use: 'Microsoft 365 管理センター', avoid: [/Microsoft 365 管理者センター/] },
    // The bounce is the NDR everywhere; バウンス appeared in one title only.
    { concept: 'NDR', use: '配信不能レポート (NDR)', avoid: [/バウンス/] },
    { concept: 'on-premises server', use: 'オンプレミス サーバー', avoid: [/オンプレミスサーバー/] },
    // As the source document and the 5.7.705 summary say it.
    { concept: 'bulk mail', use: 'バルク メール', avoid: [/一括メール/, /バルクメール/] },
    // Microsoft's feature name; "テナントの…" reads as any list of the tenant's.
    { concept: 'Tenant Allow/Block List', use: 'テナント許可/ブロック一覧', avoid: [/テナントの許可\/ブロック一覧/] },
    // ケースを開く can read as opening an existing case.
    { concept: 'open a support case', use: 'サポート ケースを作成', avoid: [/サポート ケースを開/] },
    // The label in a Japanese NDR, and what the NDR reader matches.
    { concept: 'NDR "Generating server"', use: '生成サーバー', avoid: [/生成元のサーバー/] },
    { concept: 'message trace', use: 'メッセージ追跡', avoid: [] },
    { concept: 'source of pasted or saved NDR', use: '取得元', avoid: [/情報源/] },
  ],
  'zh-TW': [
    { concept: 'accepted domain', use: '公認的網域', avoid: [/接受的網域/] },
    { concept: 'inbound connector', use: '輸入連接器', avoid: [/連線器/] },
    { concept: 'tenant', use: '租用戶', avoid: [/租戶/] },
    { concept: 'Microsoft 365 admin center', use: 'Microsoft 365 系統管理中心', avoid: [/系統管理員中心/] },
    { concept: 'NDR', use: '未傳遞回報 (NDR)', avoid: [/未傳遞報告/] },
    { concept: 'on-premises server', use: '內部部署伺服器', avoid: [/服務器|服务器/] },
    // Microsoft's zh-TW docs: 回應遭入侵的電子郵件帳戶. 盜用 ("misappropriated") does not fit servers.
    { concept: 'compromised', use: '遭入侵', avoid: [/盜用/] },
    // The page is labelled [郵件追蹤] in the zh-TW Exchange admin center and Defender portal.
    { concept: 'message trace', use: '郵件追蹤', avoid: [/訊息追蹤/] },
    // Microsoft's zh-TW UI sends with 傳送; 寄件者 (sender), 寄件網域 (sending domain) and 轉寄 (forward) stay.
    { concept: 'send', use: '傳送郵件', avoid: [/寄信|寄送|寄出/] },
    { concept: 'bulk mail', use: '大量郵件', avoid: [/大宗郵件/] },
    { concept: 'open a support case', use: '開立支援案例', avoid: [/開啟支援案例/] },
    // 鎖定 reads as "lock (out)" in Taiwan IT usage, not "lock down".
    { concept: 'lock down servers', use: '強化內部部署伺服器的安全性', avoid: [/鎖定/] },
    { concept: 'NDR "Generating server"', use: '產生伺服器', avoid: [/產生的伺服器/] },
  ],
};

describe.each(Object.entries(glossary))('terminology in %s', (language, terms) => {
  const text = strings(language);

  it.each(terms.map((term) => [term.concept, term] as const))('"%s" uses one term', (_concept, term) => {
    expect(text.some(([, value]) => value.includes(term.use)), `${term.use} is used`).toBe(true);
    const variants = text.filter(([, value]) => term.avoid.some((pattern) => pattern.test(value))).map(([key]) => key);
    expect(variants, `${term.use}, not ${term.avoid.join(' or ')}`).toEqual([]);
  });

  it('writes portal paths as [label] > [label], as Microsoft does', () => {
    // Every ">" outside the <source>/<license> tags joins two bracketed labels.
    const paths = text.flatMap(([key, value]) =>
      (value.replace(/<\/?\w+>/g, '').match(/\S?\s*>\s*\S?/g) ?? []).map((path) => `${key}: ${path}`),
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !/: \] > \[$/.test(path))).toEqual([]);
  });
});

describe('"resolved" and "done"', () => {
  // A summary line shows both numbers: "resolved" (done or not applicable) must not say "done" again.
  const english = new Map(strings('en'));
  const resolvedKeys = [...english].filter(([, value]) => /\bresolved\b/i.test(value.replace(/\{\{\w+\}\}/g, ''))).map(([key]) => key);
  const word = { ja: '処理済み', 'zh-TW': '已處理' } as const;

  it('has English strings that say "resolved"', () => {
    expect(resolvedKeys.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(word))('%s says %s wherever English says "resolved"', (language, term) => {
    const text = new Map(strings(language));
    for (const key of resolvedKeys) expect(text.get(key), `${language} ${key}`).toContain(term);
  });
});
