/**
 * The source documents of the rule catalog, by key: the only list of document keys. The catalog
 * schema's `document` enum and id pattern, and the rule ids' prefixes, are derived from it.
 */

/**
 * The source documents and the dates they are in force (inclusive, Beijing; `null` for an open end).
 *
 * @example
 * import { DOCUMENTS } from 'gov-site-rules';
 * DOCUMENTS['ogi-2019'].inForce; // { from: '2019-05-15', until: null }
 */
export const DOCUMENTS = Object.freeze({
  'deyang-2018': Object.freeze({
    title: '德阳市政府网站管理暂行办法（德阳市人民政府办公室，2018年1月25日印发）',
    inForce: Object.freeze({ from: '2018-01-25', until: null }),
  }),
  census: Object.freeze({
    title: '全国政府网站普查单项否决指标（国办发〔2015〕15号附件；国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》）',
    inForce: Object.freeze({ from: null, until: null }),
  }),
  'census-2015': Object.freeze({
    title: '全国政府网站普查评分表（国办发〔2015〕15号附件2）',
    inForce: Object.freeze({ from: '2015-03-24', until: '2019-04-17' }),
  }),
  'gov-2019': Object.freeze({
    title: '政府网站与政务新媒体检查指标（国办秘函〔2019〕19号）：政府网站',
    inForce: Object.freeze({ from: '2019-04-18', until: null }),
  }),
  'nm-2019': Object.freeze({
    title: '政府网站与政务新媒体检查指标（国办秘函〔2019〕19号）：政务新媒体',
    inForce: Object.freeze({ from: '2019-04-18', until: null }),
  }),
  'ogi-2019': Object.freeze({
    title: '中华人民共和国政府信息公开条例（2019年修订，国务院令第711号）',
    inForce: Object.freeze({ from: '2019-05-15', until: null }),
  }),
  'ogi-2008': Object.freeze({
    title: '中华人民共和国政府信息公开条例（2007年，国务院令第492号）',
    inForce: Object.freeze({ from: '2008-05-01', until: '2019-05-14' }),
  }),
} as const satisfies Record<string, { title: string; inForce: { from: string | null; until: string | null } }>);

/** A document's key: `deyang-2018`, `census`, `census-2015`, `gov-2019`, `nm-2019`, `ogi-2019`, `ogi-2008`. */
export type DocumentKey = keyof typeof DOCUMENTS;

/**
 * The document keys, in catalog order.
 *
 * @example
 * DOCUMENT_KEYS; // ['deyang-2018', 'census', 'census-2015', 'gov-2019', 'nm-2019', 'ogi-2019', 'ogi-2008']
 */
export const DOCUMENT_KEYS = Object.freeze(Object.keys(DOCUMENTS)) as readonly DocumentKey[] as readonly [DocumentKey, ...DocumentKey[]];
