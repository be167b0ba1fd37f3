package com.acmecloud.partnercenter.platform.api.errors;

/**
 * The one catalogue of every error code the suite returns.
 *
 * <p>Huawei's BSS codes are reused with Huawei's HTTP status where the meaning fits (domain.md §4);
 * codes of our own take the range {@code CBC.91xxxxxx}, which Huawei does not use.
 * {@code docs/errors.md} is generated from this enum and checked by {@code ErrorCatalogueTest}.
 */
public enum CbcError {

    // Global codes (Huawei)
    PARAMETER_ERROR("CBC.0100", 400, false,
            "Parameter error: the request failed input validation.", "参数错误。"),
    INVALID_PARAMETER("CBC.0101", 400, false,
            "Invalid parameter: a field is missing, malformed or of the wrong type.", "参数不合法。"),
    OBJECT_ACCESS_DENIED("CBC.0150", 403, false,
            "Illegal operation: the object does not belong to the caller.", "非法操作。"),
    ROLE_ACCESS_DENIED("CBC.0151", 403, false,
            "Access denied: the caller's role does not allow this operation.", "访问拒绝。"),
    TOKEN_INVALID("CBC.0154", 401, false,
            "The token is missing, illegal or expired.", "Token非法或已过期。"),
    RATE_LIMITED("CBC.0250", 429, true,
            "Too many requests: this caller exceeded the rate limit of this API. Retry after the Retry-After seconds.",
            "流控：请求过于频繁。"),
    CREDENTIALS_NOT_ALLOWED("CBC.0155", 403, false,
            "Request not allowed: the token's partner_id or user name is malformed or too long.",
            "请求不允许：凭证不正确。"),
    // rule 10: a customer registered on the other site (its token's site claim) cannot associate here
    CUSTOMER_OF_OTHER_SITE("CBC.0156", 403, false,
            "Access denied: the customer does not belong to this site (CN vs INTL); a customer registered on the other "
                    + "site cannot associate with a partner here.",
            "访问拒绝：客户不属于本站点（中国站/国际站）。"),
    INTERNAL_ERROR("CBC.0999", 500, true,
            "Unexpected error. Quote the request id to support.", "其他错误。"),

    // Partner / relationship codes (Huawei)
    DUPLICATE_XACCOUNT_ID("CBC.99000039", 400, false,
            "The xaccount_id is already used by another partner on this platform.", "xaccountId重复。"),
    TEST_PARTNER_NOT_ALLOWED("CBC.99005035", 400, false,
            "Test partner accounts cannot use this API: it brings real customers to the partner (production only).",
            "测试伙伴账号不能使用此API。"),

    // Verification codes (Huawei)
    VERIFICATION_CODE_SEND_FAILED("CBC.99004003", 503, true,
            "The verification code could not be sent now (the mail server did not accept it). Try again later.",
            "验证码发送失败，请稍后重试。"),
    VERIFICATION_CODE_EXPIRED("CBC.99004008", 400, false,
            "The verification code has expired. Request a new one.", "验证码已过期。"),
    VERIFICATION_CODE_LOCKED("CBC.99004009", 400, false,
            "The verification code is blocked: too many failed checks. Try again later.", "验证码校验失败次数过多。"),
    VERIFICATION_CODE_WRONG("CBC.99004010", 400, false,
            "The verification code is wrong.", "验证码错误。"),

    // Transactions and real-name (Huawei)
    IDEMPOTENCY_KEY_REUSED("CBC.99007009", 400, false,
            "This Idempotency-Key was already used with a different request body.", "交易ID重复。"),
    REAL_NAME_ALREADY_SUBMITTED("CBC.99007188", 400, false,
            "Real-name authentication is already approved or under review.", "已实名认证或认证审核中。"),

    // HTTP protocol errors (ours)
    RESOURCE_NOT_FOUND("CBC.91000001", 404, false,
            "The requested resource does not exist.", "请求的资源不存在。"),
    METHOD_NOT_ALLOWED("CBC.91000002", 405, false,
            "The HTTP method is not allowed on this resource.", "不支持该HTTP方法。"),
    UNSUPPORTED_MEDIA_TYPE("CBC.91000003", 415, false,
            "Unsupported media type: send application/json.", "不支持的媒体类型。"),
    PAYLOAD_TOO_LARGE("CBC.91000004", 413, false,
            "The request body is larger than the allowed maximum.", "请求体过大。"),
    NOT_ACCEPTABLE("CBC.91000005", 406, false,
            "The requested response media type is not available.", "无法提供请求的响应类型。"),
    SERVICE_UNAVAILABLE("CBC.91000006", 503, true,
            "The service is temporarily unavailable (its database cannot be reached). Retry after the time in "
                    + "the Retry-After header.", "服务暂时不可用，请稍后重试。"),

    // Partner registration (ours)
    PARTNER_NOT_FOUND("CBC.91001001", 404, false,
            "The partner does not exist.", "伙伴不存在。"),
    PARTNER_ALREADY_REGISTERED("CBC.91001002", 400, false,
            "This account is already registered as a partner.", "该账号已注册为伙伴。"),
    PARTNER_ID_MISSING("CBC.91001003", 403, false,
            "The token names no partner (claim partner_id).", "Token中没有伙伴标识。"),
    REAL_NAME_NOT_UNDER_REVIEW("CBC.91001004", 400, false,
            "There is no real-name submission under review for this partner.", "没有待审核的实名认证。"),
    EMAIL_ALREADY_BOUND("CBC.91001005", 400, false,
            "The contact e-mail is already bound.", "邮箱已绑定。"),
    VERIFICATION_CODE_NOT_SENT("CBC.91001006", 400, false,
            "No verification code was sent for this e-mail binding. Request one first.", "未发送验证码。"),
    PROGRAM_PREREQUISITES_MISSING("CBC.91001010", 400, false,
            "The partner does not meet the program's prerequisites; details name what is missing.", "不满足伙伴计划的申请条件。"),
    PROGRAM_APPLICATION_EXISTS("CBC.91001011", 400, false,
            "The partner already has a pending or approved application for this program.", "已存在该计划的申请。"),

    // Programs, certificates, partner status, distributors and resellers (ours): CBC.910020xx
    PROGRAM_APPLICATION_NOT_FOUND("CBC.91002001", 404, false,
            "The program application does not exist for this partner.", "伙伴计划申请不存在。"),
    PROGRAM_APPLICATION_DECIDED("CBC.91002002", 400, false,
            "The program application was already approved or rejected.", "伙伴计划申请已审核。"),
    PROGRAM_CONFLICT("CBC.91002003", 400, false,
            "The program cannot be combined with a program the partner or its company already holds; details name it.",
            "与已加入的伙伴计划冲突。"),
    PARTNER_RESTRICTED("CBC.91002004", 400, false,
            "The partner is restricted: it cannot apply to programs or link resellers.", "伙伴已被限制。"),
    PARTNER_EXITED("CBC.91002005", 400, false,
            "The partner has exited the partner network; its status is final.", "伙伴已退出。"),
    CERTIFICATE_NOT_FOUND("CBC.91002006", 404, false,
            "The program certificate does not exist for this partner.", "伙伴计划证书不存在。"),
    NOT_A_DISTRIBUTOR("CBC.91002007", 400, false,
            "Only a partner with an approved Distributor program can link resellers.", "非总经销商伙伴。"),
    INDIRECT_PARTNER_NOT_ELIGIBLE("CBC.91002008", 400, false,
            "The partner to link must be an active partner with an approved Cloud Reseller program; details say why not.",
            "该伙伴不能作为云经销商关联。"),
    INDIRECT_PARTNER_ALREADY_LINKED("CBC.91002009", 400, false,
            "The cloud reseller already has a distributor; it must be unlinked first.", "云经销商已关联总经销商。"),
    // Huawei's code, kept with the rest of this feature's codes
    INDIRECT_PARTNER_NOT_LINKED("CBC.99000037", 400, false,
            "No permission to operate on this cloud reseller: it is not linked to the caller.", "无权操作该云经销商。"),
    LINK_REQUEST_NOT_FOUND("CBC.91002010", 404, false,
            "The distributor link request does not exist for this partner.", "总经销商关联请求不存在。"),
    LINK_REQUEST_PENDING("CBC.91002011", 400, false,
            "The distributor already has a pending link request to this cloud reseller.", "已存在待云经销商处理的关联请求。"),
    LINK_REQUEST_EXPIRED("CBC.91002012", 400, false,
            "The distributor link request has expired. The distributor can send a new one.", "总经销商关联请求已过期。"),
    LINK_REQUEST_CLOSED("CBC.91002013", 400, false,
            "The distributor link request was already accepted, rejected or withdrawn.", "总经销商关联请求已处理。"),
    DISTRIBUTOR_NOT_LINKED("CBC.91002014", 400, false,
            "The cloud reseller has no distributor.", "云经销商未关联总经销商。"),
    LINK_REQUEST_DISTRIBUTOR_UNAVAILABLE("CBC.91002015", 400, false,
            "The requesting partner is no longer an active distributor; the request cannot be accepted.",
            "发起请求的伙伴已不是有效的总经销商，无法接受该请求。"),
    RECHARGE_BALANCE_NOT_ZERO("CBC.91002016", 400, false,
            "The partner's account has a recharge balance: an account becomes a Cloud Reseller only with a zero "
                    + "recharge balance (withdraw it first).", "账户存在充值余额，余额为零方可成为云经销商。"),

    // Members and personal certifications (ours): CBC.910030xx
    MEMBER_INVITATION_NOT_FOUND("CBC.91003001", 404, false,
            "The member invitation does not exist.", "成员邀请不存在。"),
    MEMBER_INVITATION_EXPIRED("CBC.91003002", 400, false,
            "The member invitation has expired. Ask the partner to invite you again.", "成员邀请已过期。"),
    MEMBER_INVITATION_USED("CBC.91003003", 400, false,
            "The member invitation was already accepted or declined; it can be used only once.", "成员邀请已被使用。"),
    MEMBER_INVITATION_REVOKED("CBC.91003004", 400, false,
            "The partner revoked this member invitation.", "成员邀请已被撤销。"),
    MEMBER_INVITATION_DAILY_LIMIT("CBC.91003005", 400, false,
            "The partner reached its member invitation limit for the last 24 hours. Try again later.",
            "伙伴当日邀请成员数量已达上限。"),
    MEMBER_OF_ANOTHER_PARTNER("CBC.91003006", 400, false,
            "The person is already a member of a partner. Leave that partner first.", "该用户已是伙伴的成员。"),
    MEMBER_NOT_FOUND("CBC.91003007", 404, false,
            "The member does not exist for this partner.", "成员不存在。"),
    NOT_A_MEMBER("CBC.91003008", 400, false,
            "The caller is not a member of any partner.", "当前用户不是任何伙伴的成员。"),
    CERTIFICATE_NUMBER_TAKEN("CBC.91003009", 400, false,
            "A personal certification with this certificate number is already recorded.", "该证书编号已被登记。"),
    MEMBER_INVITATION_FOR_ANOTHER_EMAIL("CBC.91003010", 403, false,
            "This member invitation was sent to another e-mail address: only the invited e-mail can accept it.",
            "该成员邀请发送给其他邮箱，仅受邀邮箱可以接受。"),

    // Access configuration, business information, payment agreement (ours): CBC.910040xx
    OBS_BUCKET_NAME_INVALID("CBC.91004001", 400, false,
            "The bucket name does not follow the OBS naming rules (3 to 63 lower-case letters, digits, hyphens "
                    + "or periods, starting and ending with a letter or digit, not an IP address).",
            "OBS桶名称不符合命名规则。"),
    OBS_BUCKET_BOUND_TO_ANOTHER_PARTNER("CBC.91004002", 400, false,
            "This OBS bucket is already bound by another partner; partners cannot share a bucket.",
            "该OBS桶已被其他伙伴绑定，伙伴之间不能共用桶。"),
    OBS_REGION_NOT_CHINA_SITE("CBC.91004003", 400, false,
            "Only OBS buckets in a China-site region can be bound for real-name attachments.",
            "仅支持绑定华为云中国站区域的OBS桶。"),
    XACCOUNT_TYPE_TAKEN("CBC.91004004", 400, false,
            "This xaccount_type is already assigned to another partner.", "该xaccount_type已分配给其他伙伴。"),
    BUSINESS_INFORMATION_CHANGE_PENDING("CBC.91004010", 400, false,
            "A business information change is already waiting for verification.", "已有待审核的商业信息变更。"),
    BUSINESS_INFORMATION_NOT_PENDING("CBC.91004011", 400, false,
            "There is no business information change waiting for verification.", "没有待审核的商业信息。"),
    PAYMENT_AGREEMENT_REAL_NAME_REQUIRED("CBC.91004020", 400, false,
            "Only a partner with approved enterprise real-name authentication can request the payment agreement.",
            "仅完成企业实名认证的伙伴可以申请华为云付款协议。"),
    PAYMENT_AGREEMENT_NOT_FOUND("CBC.91004021", 404, false,
            "The payment agreement contract does not exist.", "付款协议不存在。"),

    // Customers (ours): CBC.910050xx
    VERIFICATION_CODE_NOT_SENT_TO_PHONE("CBC.91005001", 400, false,
            "No verification code was sent to this mobile phone. Request one first.", "未向该手机号发送验证码。"),
    SMS_DELIVERY_FAILED("CBC.91005005", 503, true,
            "The text message could not be sent now (the SMS provider did not accept it). Try again later.",
            "短信发送失败，请稍后重试。"),
    VERIFICATION_CODE_NOT_SENT_TO_EMAIL("CBC.91005006", 400, false,
            "No verification code was sent to this e-mail address. Request one first.", "未向该邮箱发送验证码。"),
    EMAIL_DELIVERY_FAILED("CBC.91005007", 503, true,
            "The e-mail could not be sent now. Try again later.", "邮件发送失败，请稍后重试。"),
    // Huawei's codes, kept with the rest of this feature's codes
    CUSTOMER_MOBILE_INVALID("CBC.5017", 400, false,
            "The mobile phone must be a China mobile number: 0086-1xxxxxxxxxx (or 1xxxxxxxxxx).", "客户手机号格式不正确。"),
    CUSTOMER_MOBILE_EXISTS("CBC.99000029", 400, false,
            "This mobile phone is already used by a customer account.", "客户手机号已存在。"),
    CUSTOMER_LOGIN_NAME_INVALID("CBC.99000031", 400, false,
            "Illegal customer account name: 5 to 32 letters, digits, '_' or '-', starting with a letter, '_' or '-', "
                    + "not starting with op_ or shadow_, not all digits.", "客户登录名格式不合法。"),
    CUSTOMER_PASSWORD_INVALID("CBC.99000036", 400, false,
            "Illegal customer password: at least 8 characters of at least 2 kinds (upper case, lower case, digit, "
                    + "special), not the account name or its reverse, not containing the mobile number.",
            "客户密码格式不合法。"),
    CUSTOMER_LOGIN_NAME_EXISTS("CBC.99000038", 400, false,
            "The customer account name (domain_name) is already taken.", "客户登录名已存在。"),
    CUSTOMER_VERIFICATION_CODE_EXPIRED("CBC.99000027", 400, false,
            "The verification code has expired. Request a new one.", "验证码已过期。"),
    // Huawei's "Not a partner" (domain.md §4.3, listed there for batch answers); a whole request refused with it is
    // a 403. Retryable: a partner that has just registered is known here moments later (partner.events).
    NOT_A_PARTNER("CBC.5001", 403, true,
            "The caller is not a registered partner here. A partner that registered moments ago is not known yet: "
                    + "retry shortly.", "非合作伙伴。刚注册的伙伴请稍后重试。"),
    DISTRIBUTOR_CANNOT_ASSOCIATE("CBC.50010059", 400, false,
            "A tier-1 distributor cannot associate sub-customers directly; pass the indirect_partner_id of a linked "
                    + "cloud reseller.", "一级经销商不能直接关联子客户。"),
    DISTRIBUTOR_EXITED("CBC.50010065", 400, false,
            "The cloud reseller's distributor has exited; it cannot create associations.", "云经销商的总经销商已退出，不能创建关联。"),
    PARTNER_RESTRICTED_CANNOT_ASSOCIATE("CBC.50010085", 400, false,
            "The partner is restricted; it cannot create associations.", "伙伴企业已被限制，不能创建关联。"),
    DISTRIBUTOR_RESTRICTED("CBC.50010086", 400, false,
            "The cloud reseller's distributor is restricted; it cannot create associations.", "云经销商的总经销商已被限制，不能创建关联。"),
    VERIFICATION_CODE_SEND_LIMIT("CBC.99004015", 400, false,
            "Too many verification codes for this mobile phone, e-mail address or partner (by default at most 15 per hour "
                    + "and 60 per day). Try again later.",
            "验证码发送次数已达上限。"),
    // Customer accounts and associations
    NOT_YOUR_SUB_CUSTOMER("CBC.99000035", 400, false,
            "The customer is not the caller's sub-customer.", "非伙伴的子客户。"),
    CUSTOMER_ACCOUNT_NOT_FOUND("CBC.91005002", 404, false,
            "The caller has no customer account here: the token names none, or names one that does not exist.",
            "调用者没有客户账号。"),
    // Deal registrations, public pool, invitations
    CUSTOMER_ACCOUNT_DOES_NOT_EXIST("CBC.99000047", 400, false,
            "The customer account does not exist.", "账号不存在。"),
    PROSPECT_REGISTERED_BY_ANOTHER_PARTNER("CBC.99000051", 400, false,
            "The prospect (account, mobile phone or e-mail) is registered (报备) by another partner.",
            "该客户已被其他伙伴报备。"),
    DEAL_REGISTRATION_NOT_FOUND("CBC.91005010", 404, false,
            "The deal registration does not exist for this partner.", "报备记录不存在。"),
    DEAL_ALREADY_REGISTERED_BY_CALLER("CBC.91005011", 400, false,
            "The partner already holds an active registration of this prospect.", "您已报备该客户。"),
    PROSPECT_ASSOCIATED_WITH_ANOTHER_PARTNER("CBC.91005012", 400, false,
            "The customer is already associated with another partner.", "客户已关联其他伙伴。"),
    PROSPECT_ALREADY_YOUR_CUSTOMER("CBC.91005013", 400, false,
            "The customer is already associated with this partner.", "客户已关联该伙伴。"),
    PROSPECT_HAS_ACCOUNT("CBC.91005014", 400, false,
            "A customer account already uses this mobile phone or e-mail: register the account by customer_id.",
            "该手机号或邮箱已注册账号，请按客户ID报备。"),
    DEAL_REGISTRATION_NOT_ACTIVE("CBC.91005015", 400, false,
            "The deal registration is not active (withdrawn, expired, released to the public pool or converted).",
            "报备记录不是已报备状态。"),
    INVITATION_NOT_FOUND("CBC.91005016", 404, false,
            "The invitation link does not exist.", "邀请链接不存在。"),
    INVITATION_EXPIRED("CBC.91005017", 400, false,
            "The invitation link has expired. Ask the partner to send a new one.", "邀请链接已过期。"),
    INVITATION_USED("CBC.91005018", 400, false,
            "The invitation code or link was already used. Ask the partner to send a new one.", "邀请码或链接已被使用。"),
    INVITATION_FOR_ANOTHER_CUSTOMER("CBC.91005019", 400, false,
            "The invitation was issued to another prospect: the account, mobile phone or e-mail does not match.",
            "该邀请不是发给您的。"),
    CUSTOMER_REGISTERED_TOO_LONG_AGO("CBC.91005020", 400, false,
            "The customer account was registered too long ago, or has already spent cash, to associate unless the "
                    + "partner registered (报备) this account first.", "客户注册时间过长或已有现金消费，需伙伴先报备该账号。"),
    POOL_PROSPECT_NOT_FOUND("CBC.91005021", 404, false,
            "The prospect is not in the public pool (unknown, or already registered by a partner).", "公海池中没有该客户。"),
    CUSTOMER_EMAIL_EXISTS("CBC.91005022", 400, false,
            "This e-mail is already used by a customer account.", "客户邮箱已存在。"),
    CUSTOMER_ALREADY_SIGNED_UP("CBC.91005023", 400, false,
            "The caller already has a customer account; accept the invitation with it.", "您已注册客户账号。"),
    CUSTOMER_HAS_UNPAID_BILLS("CBC.91005024", 400, false,
            "The customer has unpaid bills (arrears) and cannot associate with a partner until they are paid.",
            "客户存在未结清的账单（欠费），不能关联伙伴。"),
    // Association lifecycle and freezing
    CHANGE_REQUEST_NOT_FOUND("CBC.91005050", 404, false,
            "The association type change request does not exist for this customer.", "关联类型变更申请不存在。"),
    ASSOCIATION_TYPE_UNCHANGED("CBC.91005051", 400, false,
            "The customer is already associated with this association type.", "客户已是该关联类型。"),
    ASSOCIATION_CHANGE_PENDING("CBC.91005052", 400, false,
            "An association type change request is waiting for the customer; it must be confirmed, rejected or "
                    + "cancelled first.", "存在待客户确认的关联类型变更申请，请先处理。"),
    CHANGE_REQUEST_DECIDED("CBC.91005053", 400, false,
            "The association type change request was already confirmed, rejected or cancelled.", "关联类型变更申请已处理。"),
    CHANGE_REQUEST_EXPIRED("CBC.91005054", 400, false,
            "The association type change request has expired. The partner may request the change again.",
            "关联类型变更申请已过期。"),
    PARTNER_CHANGE_LIMIT_REACHED("CBC.91005055", 400, false,
            "The partner already initiated a disassociation or association type change with this customer within "
                    + "the allowed period (once per 3 months).", "伙伴与该客户解除关联或变更关联类型每3个月仅限1次。"),
    CUSTOMER_DISASSOCIATION_LIMIT_REACHED("CBC.91005056", 400, false,
            "The customer already disassociated from this partner within the allowed period (once per 3 months).",
            "客户解除关联每3个月仅限1次。"),
    CUSTOMER_FROZEN("CBC.91005057", 400, false,
            "The customer account is frozen by its partner; unfreeze it before disassociating or switching the "
                    + "association type.", "客户账号已被冻结，请先解冻后再解除关联或变更关联类型。"),
    CUSTOMER_NOT_ASSOCIATED("CBC.91005058", 400, false,
            "The customer account is not associated with any partner.", "客户账号未关联任何伙伴。"),
    CUSTOMER_FROZEN_WITH_OTHER_TYPE("CBC.91005059", 400, false,
            "The customer is already frozen with the other freeze type; unfreeze it first.", "客户已按其他冻结类型冻结，请先解冻。"),
    UNFREEZE_TYPE_MISMATCH("CBC.91005060", 400, false,
            "The unfreeze type must be the type the customer was frozen with.", "解冻类型必须与冻结类型一致。"),
    CUSTOMER_IN_ARREARS("CBC.91005061", 400, false,
            "The resale customer has arrears: the partner must allocate funds to clear them before the customer is "
                    + "disassociated or its association type switched.", "代售客户存在欠费，请先拨款结清欠费后再解除关联或变更关联类型。"),
    CUSTOMER_HAS_INVOICE_DEBT("CBC.91005062", 400, false,
            "The customer has invoice debt (bills not paid) and cannot associate in resale mode.",
            "客户存在欠票（账单未结清），不能以代售模式关联。"),
    // Huawei's code, kept with the rest of this feature's codes
    WRONG_ASSOCIATION_TYPE("CBC.5024", 400, false,
            "Wrong association type for this operation: only resale customers can be frozen or unfrozen.",
            "关联类型错误：仅代售客户可以冻结或解冻。"),
    // Customer real-name authentication and privacy consent
    // Huawei's codes (domain.md §4.3, §4.4); CBC.99007188 is above with the transaction codes
    REAL_NAME_ATTACHMENT_TOO_LARGE("CBC.99000099", 400, false,
            "A real-name attachment is larger than the maximum size (10 MB).", "实名认证附件超过最大限制。"),
    REAL_NAME_ATTACHMENT_FORMAT("CBC.99000100", 400, false,
            "A real-name attachment has an unsupported format: use jpg, jpeg, bmp, png, gif or pdf.",
            "实名认证附件格式不正确。"),
    REAL_NAME_UPLOAD_NOT_ENABLED("CBC.99005030", 400, false,
            "The partner has not enabled real-name attachment upload or has no OBS bucket bound (access configuration).",
            "伙伴未开通实名认证附件上传能力或OBS桶授权失败。"),
    REAL_NAME_ID_NUMBER_LIMIT("CBC.99007189", 400, false,
            "Too many customers are verified or under review with this ID number.", "该证件号码认证的客户数量已达上限。"),
    REAL_NAME_ATTEMPT_LIMIT("CBC.99007191", 400, false,
            "The customer has reached the maximum number of real-name submissions.", "实名认证次数超过上限。"),
    // ours: CBC.91005030-CBC.91005049
    PRIVACY_CONSENT_MISSING("CBC.91005030", 400, false,
            "The customer has not consented to the privacy statement; record its consent before uploading its information.",
            "客户尚未同意隐私声明，不能上传客户信息。"),
    REAL_NAME_RESULT_NOT_FOUND("CBC.91005031", 404, false,
            "The customer has no real-name submission.", "该客户没有实名认证申请。"),
    REAL_NAME_CHANGE_NOT_ALLOWED("CBC.91005032", 400, false,
            "Only a customer whose individual real-name authentication is approved can change to enterprise.",
            "仅已通过个人实名认证的客户可以变更为企业实名认证。"),
    REAL_NAME_AUTH_NOT_FOUND("CBC.91005033", 404, false,
            "The real-name submission does not exist.", "实名认证申请不存在。"),
    REAL_NAME_AUTH_ALREADY_REVIEWED("CBC.91005034", 400, false,
            "The real-name submission was already approved or rejected.", "实名认证申请已审核。"),
    REAL_NAME_ATTACHMENT_NOT_FOUND("CBC.91005035", 400, false,
            "A real-name attachment does not exist in the partner's OBS bucket: upload it under download/ first.",
            "实名认证附件在伙伴的OBS桶中不存在，请先上传到download/目录下。"),
    REAL_NAME_ATTACHMENT_STORE_UNAVAILABLE("CBC.91005036", 503, true,
            "The partner's OBS bucket could not be reached to check the real-name attachments. Try again later.",
            "暂时无法访问伙伴的OBS桶以校验实名认证附件，请稍后重试。"),
    // Funds: partner and customer accounts (billing-gateway). Huawei's codes (domain.md §4.4); ours CBC.91006000-099
    INSUFFICIENT_BALANCE("CBC.99005003", 400, false,
            "Insufficient balance: the amount exceeds what the account can give (the partner's allocatable amount, "
                    + "the reseller's balance or the customer's remaining allocation).", "余额不足。"),
    RESALE_CUSTOMER_CANNOT_QUERY_CHANGE_RECORDS("CBC.99000084", 400, false,
            "Resale customers and customers of cloud resellers cannot query their income and expense details.",
            "代售类客户及云经销商子客户不能查询收支明细。"),
    REFERRAL_CUSTOMER_FUNDS_REFUSED("CBC.91006001", 400, false,
            "Funds cannot be allocated to or reclaimed from a referral (顾问销售) customer; only resale customers hold "
                    + "allocated funds.", "顾问销售模式下不能给客户调账和回收。"),
    // Coupons and coupon quotas (billing-gateway). Huawei's codes (domain.md §4.3); ours CBC.91006100-199
    COUPON_QUOTA_NOT_FOUND("CBC.99000012", 400, false,
            "The coupon quota does not exist for this partner.", "额度不存在或状态不正确。"),
    COUPON_QUOTA_INSUFFICIENT("CBC.99000013", 400, false,
            "Insufficient coupon quota: the quota's balance does not cover the face value.", "优惠券额度不足。"),
    COUPON_QUOTA_NOT_EFFECTIVE("CBC.99000017", 400, false,
            "The coupon quota is not effective: not yet effective, expired, or not in status 0 (normal).",
            "额度未生效或已过期。"),
    COUPON_FACE_VALUE_TOO_LOW("CBC.99000018", 400, false,
            "The coupon's face value is below the quota's minimum.", "优惠券面额小于最小值。"),
    COUPON_FACE_VALUE_TOO_HIGH("CBC.99000019", 400, false,
            "The coupon's face value is above the quota's maximum.", "优惠券面额大于最大值。"),
    COUPON_FIRST_ASSOCIATION_ONLY("CBC.99000022", 400, false,
            "This quota's coupons can only go to customers associated for the first time.", "该优惠券仅限首次关联的客户。"),
    COUPON_SERVICE_LIMIT_EXCEEDED("CBC.99000023", 400, false,
            "The coupon's cloud service types are more than 10 or wider than the quota's.", "优惠券的云服务类型限制超出额度范围。"),
    COUPON_PRODUCT_LIMIT_EXCEEDED("CBC.99000024", 400, false,
            "The coupon's product ids are more than 10 or wider than the quota's.", "优惠券的产品限制超出额度范围。"),
    COUPON_TO_SELF("CBC.99000025", 400, false,
            "A partner cannot issue coupons to itself.", "该类伙伴不能给自己发放优惠券。"),
    COUPON_TO_CUSTODIED_MEMBER("CBC.50000034", 400, false,
            "Coupons cannot be issued to financially-custodied enterprise members.", "不能给财务托管的企业成员发放优惠券。"),
    COUPON_NOT_FOUND("CBC.91006100", 404, false,
            "The coupon does not exist for this partner.", "优惠券不存在。"),
    COUPON_NOT_RECLAIMABLE("CBC.91006101", 400, false,
            "The coupon cannot be reclaimed: it was already reclaimed or nothing of it is left.", "优惠券不能回收。"),
    COUPON_QUOTA_BELOW_ISSUED("CBC.91006102", 400, false,
            "The adjustment would take the quota below what is issued from it: at most its balance can be removed.",
            "调整后额度低于已发放的金额。"),
    // Consumption, bills and month close (billing-gateway). Ours CBC.91006200-299
    CONSUMPTION_BATCH_TOO_LARGE("CBC.91006200", 400, false,
            "Too many consumption records in one request: send at most the configured maximum per call.",
            "单次请求的消费记录过多。"),
    CONSUMPTION_CUSTOMER_UNKNOWN("CBC.91006201", 400, false,
            "The record's customer is not associated with a partner that billing knows; the record was not stored.",
            "该客户未关联伙伴，记录未保存。"),
    CONSUMPTION_SPLIT_MISMATCH("CBC.91006202", 400, false,
            "The record's amounts do not add up: amount = cash + coupon + stored-value card, coupon = Huawei-issued "
                    + "+ partner-issued, non-counting coupons <= coupon.", "消费记录金额拆分不一致。"),
    PERIOD_NOT_ENDED("CBC.91006203", 400, false,
            "The bill period has not ended yet (GMT+8): only a past month can be closed.", "账期尚未结束，不能关账。"),
    // Budgets, payouts and withdrawals (billing-gateway); ours CBC.91006300-499
    BUDGET_NOT_SET("CBC.91006300", 404, false,
            "The customer has no budget: set one with POST /v2/partners/sub-customers/budget.", "客户未设置预算。"),
    WITHDRAWAL_NOT_FOUND("CBC.91006310", 404, false,
            "The withdrawal does not exist.", "提现申请不存在。"),
    WITHDRAWAL_ALREADY_DECIDED("CBC.91006311", 400, false,
            "The withdrawal was already approved or rejected.", "提现申请已审核。"),
    WITHDRAWAL_ACCOUNT_NAME_MISMATCH("CBC.91006312", 400, false,
            "The bank account name does not match the partner's verified company name (rule 41).",
            "银行账户名与实名认证的公司名称不一致。"),
    WITHDRAWAL_COMPANY_NOT_VERIFIED("CBC.91006313", 400, false,
            "The partner has no verified company name yet (business information not verified); it cannot withdraw.",
            "伙伴的公司名称尚未认证，不能提现。"),
    // Incentives (incentive-service); ours CBC.91007000-999
    BASE_RATE_TIERS_INVALID("CBC.91007001", 400, false,
            "The base rate tiers are not usable: 1 to 20 tiers with distinct names, the first from min_performance 0, "
                    + "each threshold higher than the one before.", "基础激励档位不合法。"),
    // Incentive statements (CBC.91007100-199)
    STATEMENT_NOT_FOUND("CBC.91007101", 404, false,
            "The partner has no incentive statement of this month.", "该月没有激励对账单。"),
    STATEMENT_PERIOD_NOT_CLOSED("CBC.91007102", 400, false,
            "The month is not closed yet: only a closed month's statement can be recomputed.",
            "该月尚未关账，不能重新计算对账单。"),

    ;

    private final String code;
    private final int httpStatus;
    private final boolean retryable;
    private final String message;
    private final String messageZh;

    CbcError(String code, int httpStatus, boolean retryable, String message, String messageZh) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
        this.message = message;
        this.messageZh = messageZh;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public boolean retryable() {
        return retryable;
    }

    public String message() {
        return message;
    }

    public String messageZh() {
        return messageZh;
    }

    public static CbcError byCode(String code) {
        for (CbcError error : values()) {
            if (error.code.equals(code)) {
                return error;
            }
        }
        throw new IllegalArgumentException("Unknown CBC code " + code);
    }
}
