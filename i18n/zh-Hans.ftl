# Translation: machine-made, not yet reviewed by a native speaker
#
# UI strings of the hospes web app in Simplified Chinese, made from en.ftl (the source).
# Message ids are grouped by page.

## Shell

app-name = hospes
app-tagline = 为新来者准备的本地指南。大家一起写，没有网络也能看。
skip-to-content = 跳到正文
nav-main =
    .aria-label = 主菜单
nav-cities = 所有城市
nav-status = 同步状态
nav-sign-in = 登录
nav-edit = 编辑指南
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = 你的账户：{ $name }
page-title = { $page } · { app-name }
language-label = 语言

## Choosing a guide

reader-choose-city-title = 选择你的城市
reader-choose-language-title = 选择你的语言
reader-choose-offline = 你现在离线。请联网一次，下载一份指南。
reader-kept-guides = 这部手机上的指南
reader-choose-city = 选择其他城市或语言
reader-choose-language-city = 选择{ $city }指南的语言
reader-language-not-offered = { $city }指南没有这种语言的版本：{ $language }。请从它已有的语言中选择一种：
reader-open-guide = 打开指南
reader-loading = 正在加载…

## Guide: frame shared by every reader page

reader-nav =
    .aria-label = 指南
reader-nav-home = 首页
reader-nav-articles = 实用信息
reader-nav-events = 活动
reader-nav-search = 搜索
reader-sample-city = 这是一个示例城市，内容是编的，用来试用 { app-name }。
# $ago is a relative time in the UI language, such as "2 hours ago".
reader-offline-ready = 不联网也能用，更新于{ $ago }
reader-offline-now = 你现在离线。这份指南更新于{ $ago }。
reader-guide-language = 指南的语言
reader-print-link = 打印这份指南
reader-offline-banner = 你现在离线。你正在阅读保存在这部手机上的副本。
reader-language-shown-in = { $city }指南没有这种语言的版本：{ $language }。内容以这种语言显示：{ $guide }。
reader-text-size = 文字大小
reader-text-size-normal = 标准
reader-text-size-large = 大
reader-text-size-larger = 特大
# $languages: language names, in their own script.
reader-fallback-note =
    { $count ->
       *[other] 还没有翻译：部分内容用这些语言显示：{ $languages }。
    }
reader-problem-offline-title = 这部手机上还没有这份指南
reader-problem-offline = 请联网一次。之后，不联网也能看这份指南。
reader-offline-missing = 你现在离线。
reader-problem-unknown-city-title = 找不到这个城市
reader-problem-unknown-city = 这里没有这个城市的指南。
reader-problem-unknown-language-title = 没有这种语言
reader-problem-unknown-language = 这份指南没有这种语言的版本。请从这些语言中选一种：
reader-problem-server-title = 指南加载失败
reader-problem-server = 服务器出了问题。请稍后再试。
reader-meta-description = { $city } 新来者指南：在哪里找到帮助、服务、实用信息和活动，使用您的语言，离线也能看。
reader-meta-description-page = { $page }，{ $city } 新来者指南：帮助、服务、信息和活动，使用您的语言，离线也能看。

## Guide home

reader-home-title = { $city }指南
reader-notices = 城市消息
reader-categories = 你需要什么？
reader-category-count = { $count } 个地点
reader-this-week = 本周
reader-no-events-this-week = 未来七天没有活动。
reader-all-events = 全部活动
reader-topics = 信息
reader-kept-languages = 这部手机上
reader-kept-languages-hint = 保存在这部手机上的语言，不联网也能看指南。
reader-kept-current = 已保存（你正在看）
reader-kept-add = 也保存：{ $language }
reader-kept-remove = 从这部手机删除：{ $language }
reader-published-on = 发布于{ $date }
reader-kept-waiting = 你现在离线。手机联网后也会保存：{ $language }

## Services

reader-service-title = 服务
reader-status-temporarily-closed = 暂时关闭。
reader-status-closed = 这项服务已经关闭。
reader-open-now = 现在开放，{ $time } 关门
reader-open-now-all-day = 现在营业，24 小时开放
reader-open-all-day = 24 小时开放
reader-opens-today = 现在关门。今天 { $time } 开门
reader-opens-tomorrow = 现在关门。明天 { $time } 开门
reader-opens-on = 现在关门。{ $day } { $time } 开门
reader-by-appointment = 需要预约
reader-no-hours-soon = 最近几天不开放
reader-hours-unknown = 请询问开放时间
reader-open-to-all = 对所有人开放，不问你有没有证件
reader-for-whom = 面向谁
reader-eligibility = 谁可以来
reader-cost = 费用
reader-free = 免费
reader-not-free = 收费
reader-languages = 语言
# $languages: a list of language codes, turned into names.
reader-languages-spoken = { LANGUAGES($languages) }
reader-interpretation = 可以安排口译员。
reader-documents = 要带什么
reader-hours = 开放时间
reader-today = 今天
reader-tomorrow = 明天
reader-closed-day = 关门
reader-appointment-note = （需要预约）
reader-where = 地点
reader-outreach = 在哪里能找到他们（他们也会来找你）
reader-open-map = 在我的地图应用中打开
reader-open-web-map = 在 openstreetmap.org 上打开地图
reader-contact = 联系方式
reader-call = 打电话：{ $phone }
reader-email = 写邮件：{ $email }
reader-website = 网站：{ $site }
reader-share = 分享
reader-share-copied = 链接已复制
reader-last-checked = 最近核对：{ $date }
reader-listen = 朗读
reader-listen-stop = 停止
reader-target-everyone = 所有人
reader-target-asylum-seekers-and-refugees = 寻求庇护者和难民
reader-target-temporary-protection = 受临时保护的人
reader-target-undocumented-residents = 没有证件的人
reader-target-women = 女性
reader-target-unaccompanied-minors = 独自一人的未满 18 岁青少年
reader-target-children = 儿童
reader-target-students = 学生

## Articles

reader-articles-title = 实用信息
reader-articles-below = 相关内容
reader-breadcrumbs =
    .aria-label = 你在这里

## Events

reader-events-title = 活动
reader-events-later = 以后
reader-no-events = 未来几周没有活动。
reader-event-cancelled = 已取消
reader-event-when = 时间
reader-event-next-dates = 之后的日期
reader-event-past = 这个活动已经结束。
reader-organizer = 主办方
reader-open-to-residents = 所有人，新来的和在这里住了很久的都可以
reader-add-to-calendar = 添加到我的日历
reader-register = 报名
reader-online-link = 在线参加
reader-subscribe = 在我的日历中订阅本市活动
reader-feed-link = 下载全部活动（iCalendar）
reader-events-by-month = 以后的活动，按月查看
reader-no-later-events = 暂时还没有更晚的活动。
reader-events-in-month = { $month }：{ $count } 个活动
reader-no-events-month = 本月没有活动。
reader-events-bad-month = 这个地址没有指明月份（应以 ?month=2027-01 结尾）。以下是未来几周。
reader-events-known-until = 这部手机上的活动信息到 { $date } 为止。以后请联网打开指南查看更多。
reader-events-coming-weeks = 未来四周
reader-events-month-before = 之前：{ $month }
reader-events-month-after = 之后：{ $month }
reader-feed-heading = 在您的日历应用中

## Search

reader-search-title = 搜索
reader-search-label = 在指南中搜索
reader-search-button = 搜索
reader-search-count =
    { $count ->
        [0] 没有找到“{ $query }”的结果。
       *[other] “{ $query }”共有 { $count } 个结果。
    }
reader-kind-service = 服务
reader-kind-article = 信息
reader-kind-event = 活动

## Print version

reader-print-title = 可打印的指南
reader-print-heading = { $city }指南
reader-print-date = 打印于 { $date }。情况会变化：请查看在线指南。
reader-print-button = 打印
reader-print-address = 本指南在线版，随时更新：
reader-print-qr = 二维码：本指南在线版
reader-print-other-days = 有些时间在其他日子（每隔几周或每月一次）：请查看在线指南。

## Suggest a correction

reader-suggest-link = 提出更正
reader-suggest-title = 提出更正
reader-suggest-about = 关于：
reader-suggest-privacy = 你是匿名的。我们不问你的名字，也不问你的任何情况。
reader-suggest-topic = 哪里不对？
reader-suggest-message = 我们需要知道什么？
reader-suggest-message-hint = 请不要写你的名字、电话号码或其他个人信息。
reader-suggest-send = 发送
reader-suggest-need-topic = 请选择哪里不对。
reader-suggest-need-message = 请写几句话，说说哪里不对。
reader-suggest-sent = 谢谢。指南的编辑会核对。
reader-suggest-queued = 谢谢。你现在离线：恢复联网后会发送出去。
reader-suggest-refused = 谢谢，但是发送失败：这个页面可能已被删除。
reader-back-to-guide = 回到指南

## Status page

status-title = 同步状态
status-connection-label = 与服务器的连接
status-connected = 已连接
status-connecting = 正在连接…
status-offline = 离线
status-offline-hint = 你现在离线。修改会保存在这台设备上。恢复联网后会发送出去。
status-waiting =
    { $count ->
        [0] 这台设备上没有等待发送的内容。
       *[other] 这台设备上有 { $count } 项修改已保存，等待发送。
    }
status-signed-out = 未登录
status-signed-out-hint = 只有已登录的编辑会和服务器同步文档。阅读指南不需要账户。
status-sign-in = 登录后同步

## Not found

not-found-title = 找不到页面
not-found-body = 这个地址没有内容。
not-found-home = 回到首页

## Forms and errors shared by the pages

passphrase-show = 显示密码
error-offline = 无法连接服务器。请检查网络后再试。
error-server = 服务器出了问题。请稍后再试。
error-bad-request = 服务器没有接受。请检查你填写的内容后再试。
error-forbidden = 你没有权限这样做。
error-unauthenticated = 你已退出登录。请重新登录后继续。
error-unexpected = 出了问题。请再试一次。
error-page-not-loaded = 无法打开这个页面。请检查网络后再试。
error-too-many-attempts-seconds = 尝试次数太多。请在 { $seconds } 秒后再试。
error-too-many-attempts-minutes = 尝试次数太多。请在 { $minutes } 分钟后再试。

## Roles

-role-volunteer = 志愿者
-role-translator = 译者
-role-editor = 编辑
-role-group_member = 小组成员
-role-group_moderator = 小组管理员
-role-city_admin = 城市管理员
role-option-volunteer = { -role-volunteer }
role-option-translator = { -role-translator }
role-option-editor = { -role-editor }
role-option-group_member = { -role-group_member }
role-option-group_moderator = { -role-group_moderator }
role-option-city_admin = { -role-city_admin }
# $role: one of the role ids above.
role-name =
    { $role ->
        [volunteer] { -role-volunteer }
        [translator] { -role-translator }
        [editor] { -role-editor }
        [group_member] { -role-group_member }
        [group_moderator] { -role-group_moderator }
        [city_admin] { -role-city_admin }
       *[other] { $role }
    }
# A role with its detail: the archive group of group roles, the languages of translators.
# $languages is a list of language codes; LANGUAGES() names them in this language.
role-grant =
    { $detail ->
        [group] { role-name }，小组“{ $group }”
        [languages] { role-name }（{ LANGUAGES($languages) }）
       *[none] { role-name }
    }
role-grant-in-city = { $city } 的{ role-grant }
role-label = 角色
role-group-label = 小组
role-group-hint = 你在本市主持的档案小组之一。
role-group-missing = 请选择一个小组。
role-group-unknown = 这个城市没有这个简称的档案小组。
role-languages-label = 语言
role-languages-hint = 语言代码，用逗号分开。例如：ar, uk, fa-AF。
role-languages-missing = 请至少输入一个语言代码。
role-languages-invalid = 其中有一个不是语言代码。请使用 ar、uk 或 fa-AF 这样的代码。

## Sign-in page

sign-in-title = 登录
sign-in-intro = 供志愿者、编辑、译者和城市工作人员使用。阅读指南不需要账户。
sign-in-name = 名字
sign-in-passphrase = 密码
sign-in-submit = 登录
sign-in-name-missing = 请输入你的名字。
sign-in-passphrase-missing = 请输入你的密码。
sign-in-invalid = 名字或密码不对。
sign-in-no-account = 没有账户？账户只能通过邀请创建。请向你所在城市的管理员要一个链接。
sign-in-already = 你已用 { $name } 登录。
sign-in-continue = 继续
sign-in-account = 你的账户

## Invitation page

invite-title = 邀请
invite-loading = 正在检查邀请…
invite-not-found = 这个邀请链接无效。它可能已被使用或已过期。请向邀请你的人要一个新的。
invite-home = 回到首页
invite-for = 你被邀请加入 { $city }，角色是：{ role-grant }。
invite-expires = 这个邀请有效期到 { DATETIME($expires, dateStyle: "long", timeStyle: "short") }。
invite-signed-in-note = 你已用 { $name } 登录。接受这个邀请会创建一个新账户，并用它登录。
invite-name = 你的名字
invite-name-hint = 和你一起工作的人会看到这个名字。不一定要用真名：用化名也可以。
invite-name-missing = 请选一个名字。
invite-name-too-long = 这个名字太长：最多 64 个字符。
invite-name-taken = 这个名字已经有人用了。请换一个。
invite-passphrase = 密码
invite-passphrase-hint = 至少 10 个字符。几个互不相关的词，容易记住，也很难被猜到。
invite-passphrase-confirm = 再次输入密码
invite-passphrase-too-short = 密码太短：至少 10 个字符。
invite-passphrase-too-long = 密码太长：最多 1024 个字符。
invite-passphrase-mismatch = 两次输入的密码不一样。
invite-submit = 创建我的账户

## Account page

account-title = 你的账户
account-loading = 正在加载你的账户…
account-not-signed-in = 你没有登录。
account-signed-out = 你已退出登录。
account-sign-in = 登录
account-signed-in-as = 你已用 { $name } 登录。
account-offline = 你现在离线。这是设备记住的内容。查看登录设备和退出登录需要联网。
account-roles-title = 你的角色
account-no-roles = 你还没有角色。
account-manage-city = 管理 { $city }
account-sessions-title = 你在哪些设备上登录
account-sessions-loading = 正在加载…
account-session-current = 这台设备
account-session-other = 其他设备
account-session-times = 登录于 { DATETIME($created, dateStyle: "medium", timeStyle: "short") }，最近活动 { DATETIME($seen, dateStyle: "medium", timeStyle: "short") }
account-session-sign-out = 退出登录
account-session-ended = 那台设备已退出登录。
account-sign-out-everywhere = 在所有设备上退出登录
account-sign-out = 退出登录

## City administration page

admin-title = 城市管理
admin-heading = 管理 { $city }
admin-loading = 正在加载…
admin-offline = 你现在离线。管理城市需要联网。
admin-not-signed-in = 登录后才能管理城市。
admin-sign-in = 登录
admin-not-admin = 你不是 { $city } 的管理员。
admin-invite-title = 邀请别人
admin-invite-intro = 一个邀请链接只给一个人。它只能用一次，打开它的人可以创建账户。请私下发送。
admin-invite-submit = 创建邀请链接
admin-invite-created = 邀请链接已创建。
admin-invite-link-label = 邀请链接
admin-invite-about = 角色：{ role-grant }。有效期到 { DATETIME($expires, dateStyle: "long", timeStyle: "short") }。
admin-invite-copy = 复制链接
admin-invite-share = 分享链接
admin-invite-copied = 链接已复制。
admin-invite-copy-failed = 无法复制。链接已选中：请自己复制。
admin-members-title = 成员
admin-members-none = 还没有成员。
# $you: "yes" for the signed-in admin's own entry.
admin-member-name =
    { $you ->
        [yes] { $name }（你）
       *[no] { $name }
    }
admin-member-revoked = 已取消访问权限
admin-member-no-roles = 没有角色
admin-member-edit = 更改角色
admin-member-revoke = 取消访问权限
admin-roles-heading = { $name } 的角色
admin-role-remove = 删除
admin-role-add-title = 添加角色
admin-role-add = 添加角色
admin-role-duplicate = 这个人已经有这个角色。
admin-roles-save = 保存角色
admin-roles-cancel = 取消
admin-roles-saved = 已保存 { $name } 的角色。
admin-revoke-question = 取消 { $name } 的访问权限吗？
admin-revoke-explain = { $name } 会在所有设备上退出登录，以后也不能再登录。
admin-revoke-confirm = 取消访问权限
admin-revoke-cancel = 取消
admin-revoked = 已取消 { $name } 的访问权限。

## Suggestions queue (editors)

suggestions-title = 读者的建议
suggestions-heading = { $city }的建议
suggestions-intro = 读者发现指南有错时，会匿名发来这些建议。请核对，需要时更正该条目，然后把建议标记为已处理。
suggestions-loading = 正在加载…
suggestions-not-signed-in = 登录后可以查看读者发来的建议。
suggestions-sign-in = 登录
suggestions-not-allowed = 只有{ $city }的编辑和管理员可以查看这些建议。
suggestions-unknown-city = 没有叫“{ $city }”的城市。
suggestions-show-done = 也显示已处理的建议
suggestions-list-title = 建议
suggestions-none-open = 没有待处理的建议。
suggestions-none = 还没有建议。
# $title: the item's title (or a service's name), as readers see it.
suggestions-about-item = 关于：{ $title }
suggestions-about-unpublished = 关于一个已不再发布的条目
suggestions-about-guide = 关于整个指南
suggestions-no-message = 读者没有写留言。
# $language: the language code of the reader's message; LANGUAGES() names it.
suggestions-received = 收到于 { DATETIME($created, dateStyle: "medium", timeStyle: "short") } · 语言：{ LANGUAGES($language) }
suggestions-resolved = 处理于 { DATETIME($resolved, dateStyle: "medium", timeStyle: "short") }
suggestions-mark-done = 标记为已处理
suggestions-marked-done = 建议已标记为已处理。
# What a suggestion is about: headings in the editors' queue, and the choices of the
# readers' "Suggest a correction" form.
suggestion-topic-closed = 已经关闭或不存在了
suggestion-topic-hours = 开放时间不对
suggestion-topic-address = 地址不对
suggestion-topic-contact = 电话号码或其他联系方式不对
suggestion-topic-translation = 翻译有错或缺少翻译
suggestion-topic-other = 其他问题

## Editing app

editor-page-title = 编辑指南
editor-title = 编辑：{ $city }
editor-signed-out = 登录后可以编辑指南。
editor-progress = 这台设备上的文档：{ $loaded } / { $total }
editor-filter = 筛选
editor-events = 活动
editor-services = 服务
editor-new-event = 新活动
editor-back = 返回列表
editor-untitled = （还没有标题）
# The sync line: always shown, never blocking.
editor-sync-offline =
    { $count ->
        [0] 已保存在这台设备上。你现在离线。
       *[other] 已保存在这台设备上，有 { $count } 项修改等待发送。
    }
editor-sync-sending = 正在发送 { $count } 项修改…
# $ago: a relative time such as "just now" or "2 minutes ago".
editor-sync-synced = 已同步（{ $ago }）
editor-sync-sent = 已发送 { $count } 项修改。已同步（{ $ago }）
editor-sync-signed-out =
    { $count ->
        [0] 你的登录已过期。请重新登录，继续同步。
       *[other] 你的登录已过期。{ $count } 项修改已保存在这台设备上：请重新登录，把它们发送出去。
    }
editor-sync-sign-in = 重新登录
editor-hint-plain = 写短句。一句话只说一件事。用大家都懂的词。
editor-hint-title = 用几个词说明这是什么。例如：语言角。
editor-minor-edit = 小改动（拼写、错别字）：翻译保持为最新
editor-conflict = 有人同时修改了这里（{ $count } 个值）。请选择正确的值：
editor-conflict-keep = 保留“{ $value }”
editor-event-title = 标题
editor-event-description = 说明
editor-event-type = 活动类型
editor-event-type-workshop = 工作坊
editor-event-type-language-cafe = 语言角
editor-event-type-festival = 节庆活动
editor-event-type-commemoration = 纪念活动
editor-event-type-job-fair = 招聘会
editor-event-type-sport = 体育
editor-event-type-information-session = 说明会
editor-event-type-other = 其他
editor-event-start = 开始
editor-event-end = 结束
editor-event-place = 地点
editor-place-name = 地点名称
editor-place-street = 街道和门牌号
editor-place-postal-code = 邮政编码
editor-place-locality = 城市
editor-event-organizer = 主办方
editor-event-free = 免费
editor-event-cancelled = 整个活动已取消
editor-repeat = 重复
editor-repeat-kind = 多久一次
editor-repeat-none = 不重复
editor-repeat-weekly = 每周
editor-repeat-monthly = 每月
editor-repeat-custom = 其他规则（RRULE）
editor-repeat-days =
    .aria-label = 在这几天
editor-repeat-nth = 第几个
editor-repeat-weekday = 星期
editor-repeat-until = 截止日期（可选）
editor-repeat-rule = 规则
editor-nth-1 = 第一个
editor-nth-2 = 第二个
editor-nth-3 = 第三个
editor-nth-4 = 第四个
editor-nth-last = 最后一个
editor-weekday-mo = 星期一
editor-weekday-tu = 星期二
editor-weekday-we = 星期三
editor-weekday-th = 星期四
editor-weekday-fr = 星期五
editor-weekday-sa = 星期六
editor-weekday-su = 星期日
editor-cancelled-dates = 已取消的日期
editor-cancel-date-label = 取消一个日期
editor-cancel-date = 取消这个日期
editor-restore-date = 恢复：{ $date }
editor-quick-hint = 不联网也能用。恢复联网后会发送这个活动。
editor-quick-date = 日期
editor-quick-start = 开始时间
editor-quick-end = 结束时间
editor-quick-save = 保存活动
editor-quick-missing = 请填写标题、日期和时间。
editor-service-name = 名称
editor-service-description = 这是什么
editor-service-eligibility = 谁可以来
editor-service-documents = 要带什么
editor-service-status = 状态
editor-service-status-active = 开放
editor-service-status-temporarily-closed = 暂时关闭
editor-service-status-closed = 永久关闭
editor-service-organization = 提供服务的机构
editor-service-categories = 类别
editor-service-target-groups = 服务对象
editor-service-open-to-all = 向所有人开放，无论证件情况如何
editor-service-fee = 价格（如不免费）
editor-service-languages = 工作人员会说的语言
editor-service-language-other = 其他语言
editor-service-language-hint = 语言代码，例如 ti、prs 或 pt-BR。
editor-service-language-add = 添加语言
editor-service-language-invalid = 这不是语言代码。请写一个代码，例如 ti、prs 或 pt-BR。
editor-service-contacts = 联系方式
editor-service-phones = 电话号码
editor-service-phone = 电话号码 { $number }
editor-service-phone-new = 新电话号码
editor-service-phone-add = 添加号码
editor-service-phone-remove = 删除 { $phone }
editor-service-phone-invalid = 请写电话号码：只能有数字、空格和 +。例如 +32 4 123 45 67。
editor-service-email = 电子邮件
editor-service-email-invalid = 这不是电子邮件地址。例如：info@example.org
editor-service-website = 网站
editor-service-website-invalid = 请写完整地址，以 https:// 开头
editor-service-verified = 上次核实
editor-service-verified-never = 还没有人核实过这项服务。
editor-service-verified-value = { $name } 于 { $date } 核实
editor-service-verify = 今天已核实
editor-service-locations = 地点
editor-service-location = 地点 { $number }
editor-service-location-none = 还没有地点。
editor-service-location-add = 添加地点
editor-service-location-remove = 删除这个地点
editor-location-region = 地区
editor-location-country = 国家（两个字母，例如 BE）
editor-location-country-invalid = 请写两个字母的国家代码，例如 BE。
editor-location-latitude = 纬度（可选）
editor-location-longitude = 经度（可选）
editor-location-latitude-invalid = 请写 -90 到 90 之间的数字，例如 50.63。
editor-location-longitude-invalid = 请写 -180 到 180 之间的数字，例如 5.57。
editor-location-outreach = 他们也会上门找人（流动或外展服务）
editor-service-schedules = 开放时间
editor-schedule = 时间 { $number }
editor-schedule-none = 还没有开放时间。
editor-schedule-add = 添加开放时间
editor-schedule-remove = 删除这段时间
editor-schedule-days = 星期几
editor-schedule-rule-hint = 仅用于按星期无法表达的情况，例如每月第一个星期二用 FREQ=MONTHLY;BYDAY=1TU。留空则使用上面的星期。
editor-schedule-rule-invalid = 无法使用这条规则。请写类似 FREQ=WEEKLY;BYDAY=MO,TU 的规则，不要写“RRULE:”。
editor-schedule-opens = 开门时间
editor-schedule-closes = 关门时间
editor-schedule-overnight = 次日关门（午夜后仍开放）
editor-schedule-times-invalid = 关门时间必须晚于开门时间。如营业到午夜以后，请勾选“次日关门”。
editor-schedule-valid-from = 起始日期（可选）
editor-schedule-valid-to = 截止日期（可选）
editor-schedule-valid-invalid = 结束日期不能早于开始日期。
editor-schedule-closed-dates = 关闭日期
editor-schedule-closed-date-label = 关闭的某一天
editor-schedule-closed-date-add = 添加关闭日期
editor-schedule-closed-date-remove = { $date } 重新开放
editor-schedule-summary = { $days } { $hours }
editor-schedule-summary-appointment = { $days } { $hours }，需预约
editor-schedule-no-days = 未选择日期
editor-schedule-no-hours = 尚无时间
editor-new-service = 新服务
editor-new-service-hint = 先写名称。其余内容在下一页填写。没有网络也能用。
editor-new-service-create = 创建服务
editor-new-service-missing = 请写服务名称。
editor-publishing = 发布
editor-publish-hint = 读者只能看到已发布的版本。你之后的修改会一直是草稿，直到你再次发布。
editor-publish = 发布这个版本
editor-unpublish = 取消发布
editor-published = 已发布。读者现在看到的是这个版本。
editor-draft-badge = 未发布的草稿
editor-publication-published = 已发布：读者看到的就是这个版本。
editor-publication-draft = 未发布的草稿：在这个版本发布之前，读者看到的是上一次发布的版本。
editor-publication-unpublished = 未发布的草稿：发布之前，读者看不到这一项。
editor-unpublished = 已取消发布。读者看不到它了。
editor-publish-not-synced = 服务器上还没有这个版本。请等同步完成后再发布。
editor-publish-offline = 你现在离线。恢复联网后再发布。
editor-publish-not-publishable = 未发布：这个版本还不是完整的条目。请等同步完成，检查各字段后再发布。
editor-publish-invalid-content = 未发布：请先改正 { $field }。
editor-publish-link-invalid = 链接必须指向本站的页面（以单个 / 开头），或以 https:// 开头的完整地址。
# The publish preview: the version readers see now against the draft on this device.
editor-preview = 预览：读者会看到什么
editor-preview-hint = 读者现在看到的版本，和你的草稿对比。发布后，读者就能看到草稿。
editor-preview-not-published = 还没有发布：读者什么也看不到。发布后，读者会看到这些：
# $when: the date and time of publishing.
editor-preview-same = 读者看到的正是这个版本（发布于 { $when }）。
editor-preview-changed = 有 { $count } 项和读者看到的不同（发布于 { $when }）：
editor-preview-unchanged = { $count } 项没有变化
editor-preview-unknown = 请联网一次，才能看到读者看到的内容。
editor-preview-unavailable = 这台设备上还没有已发布的版本。请等同步完成。
# Read out by screen readers before removed and added words.
editor-diff-removed = 删除：
editor-diff-added = 新增：
# The history of an item: who changed which field, and when.
editor-history = 历史记录
editor-history-hint = 谁在什么时候改了什么。你可以恢复以前的值。
editor-history-none = 还没有修改。
editor-history-unknown-author = 导入
# $field: the technical name of a field that has no label here.
editor-history-other-field = 其他信息（{ $field }）
editor-history-restore = 恢复这个值
editor-history-current = 这是当前的值。
editor-history-empty = （空）
editor-history-yes = 是
editor-history-no = 否
editor-history-field-order = 在文章列表中的位置
editor-translate-link = 翻译
editor-suggestions-link = 读者建议
editor-suggestions-open = 未处理：{ $count }
editor-translate-title = 翻译
editor-translate-no-languages = 你在这个城市没有可以翻译成的语言。
editor-translate-language = 译成
editor-translate-status = 显示
editor-translate-all = 全部
editor-translate-back = 返回翻译列表
# $done items of $total are up to date in $language (a language name).
editor-translate-progress = { $language }：{ $total } 项中 { $done } 项是最新的
editor-status-missing = 缺少
editor-status-outdated = 已过时
editor-status-machine = 机器翻译
editor-status-up-to-date = 最新
editor-status-incomplete = 部分已翻译
editor-translate-source-changed = 自本翻译完成以来，原文已有改动。改动之处标在每个字段上方。
editor-translate-source-changed-unknown = 自本翻译完成以来，原文已有改动。此设备无法显示改动内容：请将每段文字与原文对照。
editor-translate-what-changed = 原文改动：
editor-translate-finish = 完成
editor-translate-left = 尚待翻译的文字：{ $count }
editor-translate-all-translated = 所有文字均已翻译。请对照原文检查，然后标记为已完成。
editor-translate-done = 标记为已完成
editor-translate-not-done = 请先翻译所有文字。仍为空：{ $count }
editor-translate-marked-done = 已标记为完成。已保存在此设备上，并会与你的其他更改一起发送到服务器。
editor-translate-publish = 发布翻译
editor-translate-publish-hint = 翻译发布后，读者会看到它，以及他们现在看到的条目版本。
editor-translate-editor-publishes = 编辑发布后，读者才能看到这份翻译。
editor-translate-publish-not-done = 请先将翻译标记为已完成。
editor-translate-item-unpublished = 条目本身尚未发布。条目发布后，读者会看到这份翻译。
editor-translate-published = 已发布。读者现在看到的是这份翻译。
editor-field-name = 名称
editor-field-title = 标题
editor-field-description = 说明
editor-field-body = 正文
editor-field-eligibility = 谁可以来
editor-field-documents_needed = 要带什么
editor-field-fee = 费用
editor-field-accessibility = 无障碍
editor-field-notes = 开放时间说明

## Guide articles and city settings

editor-new-article = 新文章
editor-settings-link = 城市设置
editor-articles = 指南文章
editor-move-up = 上移
    .aria-label = 上移: { $title }
editor-move-down = 下移
    .aria-label = 下移: { $title }
editor-article-title = 标题
editor-article-body = 正文
editor-article-markdown-hint = 格式：段落之间空一行；行首写“## ”表示标题；写“- ”或“1. ”表示列表；链接写作 [文字](https://example.org)。
editor-article-parent = 放在其下
editor-article-top-level = 顶层（不在任何文章之下）
editor-article-notice = 在首页显示为通知，直到（可选）
editor-article-notice-hint = 在此日期之前，指南首页会把这篇文章显示为城市通知。普通文章请留空。
editor-hint-title-article = 用几个词说明内容。例如：最初的几天。
editor-article-create = 创建文章
editor-article-title-missing = 请先写标题。
editor-article-cannot-create = 只有编辑可以添加文章。
editor-settings-title = 城市设置
editor-settings-live = 这里的更改会立即显示给读者。没有发布步骤。
editor-settings-read-only = 您不能更改城市设置。只有编辑可以。
editor-categories = 类别
editor-categories-hint = 读者按此顺序看到类别。名称为空时，读者看到后备语言中的名称。
editor-category-icon = 图标
editor-category-name = { $language }名称（{ $tag }）
editor-category-add-title = 新类别
editor-category-add-name = { $language }名称
editor-category-add = 添加类别
editor-category-name-missing = 请先写类别名称。
editor-category-remove-question = 删除“{ $name }”？使用它的服务：{ $count }。
editor-remove = 删除
    .aria-label = 删除: { $name }
editor-remove-confirm = 是的，删除“{ $name }”
editor-remove-cancel = 取消
editor-icon-heart = 心
editor-icon-house = 房子
editor-icon-scales = 天平
editor-icon-briefcase = 公文包
editor-icon-book = 书
editor-icon-family = 家庭
editor-icon-bowl = 碗
editor-icon-people = 人们
editor-icon-woman = 女性
editor-icon-star = 星星
editor-icon-search = 放大镜
editor-icon-calendar = 日历
editor-icon-clock = 时钟
editor-icon-pin = 地图标记
editor-icon-phone = 电话
editor-icon-share = 分享
editor-icon-print = 打印机
editor-icon-speaker = 扬声器
editor-icon-article = 文档
editor-icon-offline = 无连接
editor-icon-check = 对勾
editor-icon-flag = 旗帜
editor-languages = 语言
editor-languages-hint = 读者可以选择的语言。尚未翻译的文本以后备语言显示。
editor-language-direction = 书写方向
editor-direction-ltr = 从左到右
editor-direction-rtl = 从右到左
editor-language-source = 源语言：内容首先用这种语言撰写。
editor-language-fallback = 后备语言
editor-language-fallback-hint = 文本尚未翻译时，这种语言的读者看到的语言。
editor-language-no-fallback = 无
editor-language-fallback-cycle = 这会形成循环：那种语言已经以这种语言为后备。请另选一种。
editor-language-remove-question = 删除{ $language }？它的读者将选择其他语言。翻译仍会保留。
editor-language-add-title = 新语言
editor-language-add-tag = 语言代码（BCP 47）
editor-language-add-hint = 例如：ti（提格利尼亚语），pt-BR（巴西葡萄牙语）。
editor-language-add = 添加语言
editor-language-invalid = “{ $tag }”不是语言代码。请写一个代码，例如 ti 或 pt-BR。
editor-language-present = 本城市已有{ $language }。

## The multivoiced archive

reader-archive-title = 抵达之声
reader-archive-intro = 来到这座城市的人们用自己的话讲述的经历。每一个声音都属于讲述者本人；没有哪一个是官方版本。
reader-archive-link = 阅读抵达之声
reader-archive-empty = 这里还没有发布任何内容。
reader-archive-unavailable = 无法加载这些声音。请稍后再试。
reader-archive-offline = 你处于离线状态。抵达之声需要网络连接。
reader-archive-anonymous = 匿名
reader-archive-speaks-about = 谈到：
reader-archive-translated = 由小组译自{ $language }
reader-archive-in-language = 语言：{ $language }
reader-archive-original = 显示原话
reader-archive-recording =
    .aria-label = 这个声音的录音
archive-page-title = 档案
archive-title = { $group } 小组的档案
archive-open = 打开档案
archive-not-member = 你不是这个档案小组的成员。
archive-intro = 由小组书写和录制的抵达经历。每个声音始终属于它的讲述者：只有讲述者本人决定谁能看到、以什么名字署名。
archive-entries = 条目
archive-no-entries = 还没有条目。
archive-voice-count = { $count } 个声音
archive-state-published = 已发布
archive-state-unpublished = 未发布
archive-theme = 主题
archive-guide-links = 它谈到的指南页面
archive-theme-arrival = 抵达
archive-theme-first-contact-with-services = 与服务机构的初次接触
archive-theme-housing = 住房
archive-theme-work = 工作
archive-theme-family = 家庭
archive-theme-belonging = 归属感
archive-theme-the-future = 未来
archive-theme-other = 其他
archive-entry-title = 标题
archive-entry-title-missing = 请填写标题。
archive-cities = 涉及的城市
archive-cities-hint = 发布后，这些城市指南的读者都可以阅读。
archive-new-entry = 新条目
archive-new-entry-create = 创建条目
archive-back = 返回档案
archive-entry-missing = 这个条目还不在本设备上。如果刚刚创建，请等待同步完成。
archive-voices = 声音
archive-no-voices = 还没有声音。
archive-add-voice = 添加我的声音
archive-add-voice-hint = 用自己的话写下来、录下自己的声音，或两者都做。内容会立即保存在本设备上，联网后发送。
archive-voice-language = 你说的语言
archive-add-voice-create = 添加我的声音
archive-voice-yours = 你的声音
archive-voice-of = { $name } 的声音
archive-voice-unknown = 小组的一个声音
archive-voice-in = 语言：{ $language }
archive-voice-text = 文字
archive-voice-text-hint = 写下的内容，或录音的文字稿。
archive-recording = 录音
archive-record = 录音
archive-record-stop = 停止
archive-record-discard = 删除录音
archive-record-play =
    .aria-label = 回放录音
archive-recording-none = 没有录音。
archive-recording-recording = 正在录音…
archive-recording-waiting = 已录好，等待上传。在此之前保存在本设备上。
archive-recording-uploaded = 已上传。
archive-recording-refused-too-large = 这段录音太大了：档案最多接受 25 MB。请录一段更短的，或选择更小的文件。
archive-recording-refused-wrong-type = 档案不接受这个文件：只接受 WebM 或 Ogg 音频。
archive-audio-file = 或从本设备选择一个音频文件
archive-audio-file-hint = WebM 或 Ogg 音频，最大 25 MB。上传时会去除其标题和其他标签。
archive-recording-no-microphone = 无法使用麦克风。请允许本网站使用麦克风，或把你的话写下来。
archive-photo = 照片
archive-photo-choose = 添加照片
archive-photo-hint = JPEG、PNG 或 WebP，最大 10 MB。上传时会去除其位置（GPS）和相机信息。
archive-photo-description = 照片内容（供看不到照片的人了解）
archive-photo-remove = 移除照片
archive-photo-none = 没有照片。
archive-photo-waiting = 等待上传。在此之前保存在本设备上。
archive-photo-uploaded = 已上传，不含位置和相机信息。
archive-photo-refused-too-large = 这张照片太大了：档案接受最大 10 MB 的照片。
archive-photo-refused-wrong-type = 档案不接受这个文件：只接受 JPEG、PNG 或 WebP 照片。
archive-translations = 译文
archive-translation-language = 翻译成
archive-translation-add = 添加译文
archive-translation-text = { $language }译文，译者：{ $by }
archive-translation-text-own = 译成{ $language }，由声音的作者翻译
archive-consent-title = 你的同意
archive-consent-unavailable = 你的声音到达服务器后（联网时），你就可以选择谁能看到它。在此之前只有小组能看到，而且不显示你的名字。
archive-consent-visibility = 谁可以看到你的声音
archive-visibility-group = 仅小组
archive-visibility-city-editors = 小组和城市的编辑
archive-visibility-public = 所有人（在版主发布条目之后）
archive-consent-naming = 如何署名
archive-naming-name = 用我的名字（{ $name }）
archive-naming-pseudonym = 用化名
archive-naming-anonymous = 不署名（匿名）
archive-pseudonym = 化名
archive-pseudonym-missing = 请写下你希望使用的化名。
archive-consent-save = 保存我的选择
archive-consent-saving = 正在保存…
archive-consent-saved = 已保存。
archive-consent-offline = 未保存：你处于离线状态。联网后再试。
archive-consent-withdrawn = 这个声音已撤回。
archive-consent-failed = 未保存。请稍后再试。
archive-withdraw = 撤回我的声音
archive-withdraw-explained = 撤回你的声音会将其永久移除：小组里的任何人、任何编辑和任何读者都不会再看到它，服务器也会将其删除。撤回后无法恢复。
archive-withdraw-cannot-undo = 对于他人在它公开期间已经下载、保存或打印的副本，撤回无法收回。
archive-withdraw-confirm = 永久撤回
archive-withdraw-cancel = 保留我的声音
archive-publish = 发布条目
archive-unpublish = 取消发布
archive-publish-hint = 读者只能看到讲述者选择了"所有人"的声音，并按每个人选择的方式署名。
archive-published = 已发布。读者现在可以看到向公众分享的声音。
archive-unpublished = 已取消发布。读者不再能看到它。
archive-publish-refused = 未发布：还没有讲述者把自己的声音分享给公众（或条目没有标题）。
archive-publish-not-synced = 服务器上还没有这个条目。请等待同步完成后再发布。
archive-publish-failed = 未发布。请稍后再试。
archive-export = 下载小组的档案
archive-export-hint = 一个 zip 文件，包含每个声音的文字（Markdown）、录音，以及条目、声音、语言和同意情况的清单。撤回的声音从不在其中；匿名的声音在其中没有名字。请仅按每个声音的同意范围分享。

## Dates
date-month =
    { $month ->
     [jan] 1
     [feb] 2
     [mar] 3
     [apr] 4
     [may] 5
     [jun] 6
     [jul] 7
     [aug] 8
     [sep] 9
     [oct] 10
     [nov] 11
    *[dec] 12
    }
date-month-alone =
    { $month ->
     [jan] 1
     [feb] 2
     [mar] 3
     [apr] 4
     [may] 5
     [jun] 6
     [jul] 7
     [aug] 8
     [sep] 9
     [oct] 10
     [nov] 11
    *[dec] 12
    }
date-weekday =
    { $weekday ->
     [mon] 星期一
     [tue] 星期二
     [wed] 星期三
     [thu] 星期四
     [fri] 星期五
     [sat] 星期六
    *[sun] 星期日
    }
date-day = { $month }月{ $day }日{ $weekday }
date-full = { $year }年{ $month }月{ $day }日
date-month-year = { $year }年{ $month }月
date-day-time = { $day } { $time }
date-list-separator = { "，" }
date-just-now = 此刻
date-minutes-ago =
    { $count ->
    *[other] { $count }分钟前
    }
date-hours-ago =
    { $count ->
    *[other] { $count }小时前
    }
date-days-ago =
    { $count ->
     [1] 昨天
    *[other] { $count }天前
    }
