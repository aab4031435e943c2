import { toSimplified } from '../text/script.js'

/**
 * Page furniture: lines a web page or a document-sharing site wraps around the
 * text (navigation, font and print buttons, sources, footers with 备案 numbers,
 * file size and page-count badges, "展开>>"). Each rule names why it removes a line.
 */
const RULES: [RegExp, string][] = [
  [/^(首页|您现在的位置|您当前的位置|您当前位置|您的位置|当前位置)(\s*[>＞:：»]|$)|\s[>＞»]\s.*\s[>＞»]\s/, 'breadcrumb'],
  [/^[\[【(（]?\s*字体[:：]?\s*(大|中|小|[\]】)）])|^[\[【]?\s*打印\s*[\]】]?$|打印\s*$|^关闭(窗口)?$|^(收藏|分享到?|扫一扫.*|返回顶部|TOP)$|^分享到[:：]|^(【\s*(?:打印|关闭|返回|收藏|分享|打印本页|关闭窗口|返回顶部|返回首页|字体|大|中|小)\s*】\s*)+$/, 'page buttons'],
  [/^附件\d*[:：].{1,80}\.(xlsx?|docx?|pdf|wps|zip|rar|et)$/i, 'attachment link'],
  [/(来源|发布(时间|日期|机构)?|浏览(次数)?|阅读(次数|量)|访问量|点击数|信息来源)[:：]/, 'source line'],
  [/ICP备|公网安备|网站标识码/, 'site registration'],
  [/版权所有|Copyright|©|^(主办|承办|协办|技术支持(单位)?|联系我们|网站地图|网站声明)[:：\s]?/i, 'site footer'],
  [/^(VIP专免|VIP|海报|侵权投诉|举报|下载|分享|\d{1,4}\+|[\d.]+\s*[KMG]B|\d+\s*页|共\s*\d+\s*页|摘要[:：]?|展开\s*>>|收起\s*<<|阅读全文|全文阅读|标签[:：].*|会员登录.*|新用户注册|登录|注册|退出|无障碍.*|上一篇.*|下一篇.*|相关(文章|阅读|推荐|链接).*)$/, 'sharing-page chrome'],
  // A WeChat article's chrome: follow prompts, picture placeholders and captions, pointers to the text, counts.
  [/^(?:点击(?:上方)?蓝字.{0,8}|长按(?:识别)?(?:图中)?二维码.{0,12}|阅读原文|往期(?:推荐|回顾|精彩)|推荐阅读|图片|视频|.{0,20}全文如下\s*[↓⬇👇:：]*|[👇↓⬇▼\s]+|阅读\s*[\d.]+\s*万?\+?|在看|点赞|分享|转发|收藏)$|^▲\s*(?:图为|图\s*[:：])|^(?:文字?|图|摄影|编辑|审核|责编|责任编辑|校对|监制|排版|初审|复审|终审)\s*[:：丨|]/u, 'social-media chrome'],
  [/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s+\S{1,10})?$/, 'date stamp'],
  // A running footer with its page number after a wide gap or a bar: "Westbrook City Council Annual Report      Page 2 of 4",
  // "Service Delivery Statements 2023–24  |  Page 2".
  [/\S\s{3,}(Page\s+\d+(\s+of\s+\d+)?|第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$|\S\s+[|·•]\s+(Page\s+\d+(\s+of\s+\d+)?|第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?)$/i, 'page footer'],
  // A table of contents: a numbered or front-matter entry, a leader of dots and its page number ("1.2 Operating
  // context ...... 4", "一、总体要求……3"); "New homes completed ........ 450" is a figure set out with a leader.
  [/^(?:\d|[一二三四五六七八九十]+、|第|[（(]|Part\b|Chapter\b|Section\b|Appendix\b|Annex\b|Schedule\b|Key activit|Goal\b|Objective\b|Contents\b|Foreword\b|Statement\b|Message\b|Introduction\b|Glossary\b|Index\b|Overview\b|Executive\b|About\b|Our\b)(?:[^.·…‥]|\.(?=\d))*?\S\s*(?:[.·…‥]\s*){4,}\d{1,3}$/i, 'contents entry'],
  [/^([-—–]\s*)?\d{1,4}(\s*[-—–])?$|^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$|^\d+\s*\/\s*\d+$|^Page \d+( of \d+)?$/i, 'page number'],
]

/** Why a trimmed line is furniture, or undefined when it is content. */
export function furnitureReason(line: string): string | undefined {
  // Traditional page chrome (瀏覽次數, 發佈時間) reads as Simplified.
  const trimmed = line.trim()
  const t = trimmed.length <= 160 ? toSimplified(trimmed) : trimmed
  if (!t) return undefined
  // Content lines are long sentences; furniture is short. The footer rule is the exception.
  for (const [re, reason] of RULES) {
    // A registration number marks a footer line however long, a page footer runs across the page; other furniture is short.
    if ((t.length <= 60 || reason === 'site registration' || ((reason === 'page footer' || reason === 'contents entry') && t.length <= 200)) && re.test(t)) return reason === 'site registration' ? 'site footer' : reason
  }
  return undefined
}
