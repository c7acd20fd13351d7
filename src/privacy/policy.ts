/**
 * StarGuard's privacy policy (issue 17), the one source of its text: the extension's privacy page
 * (entrypoints/privacy) renders it, and docs/privacy-policy.{zh_CN,en}.md are written from it
 * (`npm run store-assets`; test/release/privacy.test.ts keeps them equal).
 */
export interface PolicySection { heading: string; paragraphs: readonly string[] }
export interface Policy { title: string; updated: string; sections: readonly PolicySection[] }

export const POLICY_UPDATED = '2026-12-01';

export const PRIVACY_POLICY: Record<'zh' | 'en', Policy> = {
  zh: {
    title: '星级卫士 隐私政策',
    updated: `更新日期：${POLICY_UPDATED}`,
    sections: [
      { heading: '一句话', paragraphs: ['星级卫士只在您的浏览器里工作：它读取阿里巴巴国际站卖家后台页面上已经显示的数据，保存在本浏览器的配置文件中，不向任何地方发送任何数据。'] },
      {
        heading: '读取什么',
        paragraphs: [
          '只在阿里巴巴卖家后台页面（https://*.alibaba.com 上的 My Alibaba 页面）以及您亲自启用的后台网站上读取。店铺页、商品页和消息等其他人编写的页面不读取。',
          '读取的内容：信用保障订单号、订单状态与金额、目的国、出口与物流方式、贸易条款、付款/发货/收货日期、物流单号、承运商与物流轨迹、后台的轨迹可视判定与申诉状态、退款与纠纷记录、商品雷达任务、星等级与按时发货率，以及您的会员 ID（用于区分多个账号）。',
          '不读取：聊天消息、买家的联系方式、密码、Cookie、付款信息。星级卫士只观察页面自己已经加载的内容，从不向后台发送、修改或重放任何请求。',
        ],
      },
      {
        heading: '保存在哪里',
        paragraphs: [
          '只保存在本浏览器配置文件的扩展存储（IndexedDB 和 storage.local）中，不会同步到其他设备或账号。保存内容：读取到的数据、每天的指标记录、最近的页面读取诊断、您的设置，以及已发送提醒的记录。',
        ],
      },
      {
        heading: '不发送任何数据',
        paragraphs: [
          '没有服务器、没有账号、没有统计分析，也不与任何第三方共享。星级卫士不发起任何网络请求。',
          '申诉清单中的 17track 和快递100 链接是普通链接：只有您点击时，浏览器才会带着该物流单号打开对应网站。',
        ],
      },
      {
        heading: '如何导出',
        paragraphs: ['在侧边栏的“导出 / 导入”中，可以导出完整快照（JSON）、待办事项（CSV）和截止日期（日历 .ics）。'],
      },
      {
        heading: '如何删除全部数据',
        paragraphs: [
          '在侧边栏的“设置”中点击“删除全部星级卫士数据”：确认前会提示您先导出一份备份，确认后删除本浏览器中星级卫士保存的全部数据。',
          '卸载扩展时，浏览器也会删除它保存的全部数据。',
        ],
      },
      {
        heading: '权限',
        paragraphs: [
          'alarms：在截止日期前按时提醒；notifications：显示提醒；sidePanel：显示侧边栏；storage：保存悬浮窗位置和欢迎页是否已显示。内容脚本只在 https://*.alibaba.com 上运行。',
        ],
      },
      { heading: '变更', paragraphs: ['本政策的变更会写入版本说明（CHANGELOG.md），并更新上方的日期。'] },
    ],
  },
  en: {
    title: 'StarGuard privacy policy',
    updated: `Last updated: ${POLICY_UPDATED}`,
    sections: [
      { heading: 'In one sentence', paragraphs: ['StarGuard works only inside your browser: it reads what the Alibaba.com seller back-office pages already show, keeps it in this browser profile, and sends nothing anywhere.'] },
      {
        heading: 'What is read',
        paragraphs: [
          'Only on the Alibaba.com seller back office (My Alibaba pages on https://*.alibaba.com) and on back-office sites you turn on yourself. Storefronts, product pages, messages and other pages written by other people are not read.',
          'What is read: Trade Assurance order numbers, order status and amount, destination country, export and shipping method, trade term, payment, shipment and delivery dates, tracking numbers, carriers and tracking events, the portal\'s tracking verdicts and appeal status, refund and dispute records, product radar tasks, star level and on-time shipping rate, and your member ID (to keep accounts apart).',
          'Not read: chat messages, buyers\' contact details, passwords, cookies, payment details. StarGuard only observes what the page itself loaded; it never sends, alters or replays a request to the back office.',
        ],
      },
      {
        heading: 'Where it is stored',
        paragraphs: [
          'Only in this browser profile\'s extension storage (IndexedDB and storage.local); it is not synced to other devices or accounts. Stored: the data read, one record of the headline figures per day, the latest page-read diagnostics, your settings, and which reminders were sent.',
        ],
      },
      {
        heading: 'Nothing is sent anywhere',
        paragraphs: [
          'No server, no account, no analytics, no third parties. StarGuard makes no network requests.',
          'The 17track and Kuaidi100 links in an appeal checklist are plain links: only when you click one does the browser open that site with the tracking number.',
        ],
      },
      {
        heading: 'How to export',
        paragraphs: ['In the side panel, "Export / import" exports the complete snapshot (JSON), the to-do items (CSV) and the deadlines (calendar .ics).'],
      },
      {
        heading: 'How to delete everything',
        paragraphs: [
          'In the side panel, Settings → "Delete all StarGuard data": before you confirm it offers an export as a backup; after you confirm, everything StarGuard stored in this browser is deleted.',
          'Removing the extension also makes the browser delete everything it stored.',
        ],
      },
      {
        heading: 'Permissions',
        paragraphs: [
          'alarms: reminders before a deadline; notifications: show the reminders; sidePanel: show the side panel; storage: keep the overlay\'s position and whether the welcome page was shown. Content scripts run on https://*.alibaba.com only.',
        ],
      },
      { heading: 'Changes', paragraphs: ['Changes to this policy are listed in the release notes (CHANGELOG.md) and update the date above.'] },
    ],
  },
};

/** The policy as Markdown (docs/privacy-policy.<locale>.md). */
export function policyMarkdown(policy: Policy): string {
  const body = policy.sections.map((s) => `## ${s.heading}\n\n${s.paragraphs.join('\n\n')}\n`).join('\n');
  return `# ${policy.title}\n\n${policy.updated}\n\n${body}`;
}

export const POLICY_DOCS = { zh: 'docs/privacy-policy.zh_CN.md', en: 'docs/privacy-policy.en.md' } as const;
