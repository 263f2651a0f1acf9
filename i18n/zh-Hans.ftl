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
nav-home = 首页
nav-status = 同步状态
nav-sign-in = 登录
# The signed-in account's name, linking to /account.
nav-account = { $name }
    .aria-label = 你的账户：{ $name }
page-title = { $page } · { app-name }
language-label = 语言

## Home page

home-title = 欢迎使用 { app-name }
home-status-link = 查看同步状态

## Status page

status-title = 同步状态
status-connection-label = 与服务器的连接
status-connected = 已连接
status-connecting = 正在连接…
status-offline = 离线
status-offline-hint = 你现在离线。修改会保存在这台设备上。恢复联网后会发送出去。
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
role-group-hint = 档案小组的简称，和你所在城市设置的一样：小写字母、数字和连字符。
role-group-missing = 请输入小组名称。
role-group-invalid = 请使用小组简称：小写字母、数字和连字符。例如：women-voices。
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
