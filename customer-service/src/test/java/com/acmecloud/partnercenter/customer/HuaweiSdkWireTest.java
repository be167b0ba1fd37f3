package com.acmecloud.partnercenter.customer;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.setLabel;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.approveLatest;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.consentedCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enabledPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.newIdNumber;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.rejectLatest;
import static com.acmecloud.partnercenter.platform.wire.HuaweiSdk.assertEveryFieldPopulated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.wire.SdkTransport.Refusal;
import com.acmecloud.partnercenter.platform.wire.SdkTransport;
import com.huaweicloud.sdk.bss.v2.BssClient;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.ApplyEnterpriseRealnameAuthsReq;
import com.huaweicloud.sdk.bss.v2.model.ApplyIndividualRealnameAuthsReq;
import com.huaweicloud.sdk.bss.v2.model.BankCardInfoV2;
import com.huaweicloud.sdk.bss.v2.model.ChangeEnterpriseRealnameAuthenticationRequest;
import com.huaweicloud.sdk.bss.v2.model.ChangeEnterpriseRealnameAuthenticationResponse;
import com.huaweicloud.sdk.bss.v2.model.ChangeEnterpriseRealnameAuthsReq;
import com.huaweicloud.sdk.bss.v2.model.CheckSubcustomerUserReq;
import com.huaweicloud.sdk.bss.v2.model.CheckUserIdentityRequest;
import com.huaweicloud.sdk.bss.v2.model.CheckUserIdentityResponse;
import com.huaweicloud.sdk.bss.v2.model.CreateCustomerV2Req;
import com.huaweicloud.sdk.bss.v2.model.CreateEnterpriseRealnameAuthenticationRequest;
import com.huaweicloud.sdk.bss.v2.model.CreateEnterpriseRealnameAuthenticationResponse;
import com.huaweicloud.sdk.bss.v2.model.CreatePersonalRealnameAuthRequest;
import com.huaweicloud.sdk.bss.v2.model.CreatePersonalRealnameAuthResponse;
import com.huaweicloud.sdk.bss.v2.model.CreateSubCustomerRequest;
import com.huaweicloud.sdk.bss.v2.model.CreateSubCustomerResponse;
import com.huaweicloud.sdk.bss.v2.model.CustomerInformation;
import com.huaweicloud.sdk.bss.v2.model.EnterprisePersonNew;
import com.huaweicloud.sdk.bss.v2.model.ListSubCustomersRequest;
import com.huaweicloud.sdk.bss.v2.model.ListSubCustomersResponse;
import com.huaweicloud.sdk.bss.v2.model.QuerySubCustomerListReq;
import com.huaweicloud.sdk.bss.v2.model.SendVerificationCodeV2Req;
import com.huaweicloud.sdk.bss.v2.model.SendVerificationMessageCodeRequest;
import com.huaweicloud.sdk.bss.v2.model.SendVerificationMessageCodeResponse;
import com.huaweicloud.sdk.bss.v2.model.ShowRealnameAuthenticationReviewResultRequest;
import com.huaweicloud.sdk.bss.v2.model.ShowRealnameAuthenticationReviewResultResponse;
import com.huaweicloud.sdk.bssintl.v2.BssintlClient;
import com.huaweicloud.sdk.bssintl.v2.BssintlMeta;
import com.huaweicloud.sdk.bssintl.v2.model.CustomerErrorDetail;
import com.huaweicloud.sdk.bssintl.v2.model.FreezeSubCustomersReq;
import com.huaweicloud.sdk.bssintl.v2.model.FreezeSubCustomersRequest;
import com.huaweicloud.sdk.bssintl.v2.model.FreezeSubCustomersResponse;
import com.huaweicloud.sdk.bssintl.v2.model.UnfreezeSubCustomersReq;
import com.huaweicloud.sdk.bssintl.v2.model.UnfreezeSubCustomersRequest;
import com.huaweicloud.sdk.bssintl.v2.model.UnfreezeSubCustomersResponse;
import com.huaweicloud.sdk.core.exception.SdkErrorMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Wire compatibility with the official Huawei Cloud Java SDK ({@code com.huaweicloud.sdk:huaweicloud-sdk-bss}):
 * requests are the SDK's request models as the SDK serialises them, and our answers and error bodies read into the
 * SDK's response models and exceptions with every field Huawei documents populated. Each test runs once with the
 * SDK's models over RestAssured (strict: an answer field the SDK model does not know fails) and once through the
 * SDK's own {@link BssClient}.
 *
 * <p>One test per operation (operation in {@link BssMeta} / {@link BssintlMeta}, request model, body model, response
 * model):
 * <ul>
 * <li>{@code POST /v2/bases/verificationcode/send}: {@code sendVerificationMessageCode}</li>
 * <li>{@code POST /v2/partners/sub-customers}: {@code createSubCustomer}</li>
 * <li>{@code POST /v2/partners/sub-customers/query}: {@code listSubCustomers}</li>
 * <li>{@code POST /v2/partners/sub-customers/users/check-identity}: {@code checkUserIdentity}</li>
 * <li>{@code POST /v2/customers/realname-auths/individual}: {@code createPersonalRealnameAuth},
 * CreatePersonalRealnameAuthRequest, ApplyIndividualRealnameAuthsReq (with BankCardInfoV2),
 * CreatePersonalRealnameAuthResponse</li>
 * <li>{@code POST /v2/customers/realname-auths/enterprise}: {@code createEnterpriseRealnameAuthentication},
 * CreateEnterpriseRealnameAuthenticationRequest, ApplyEnterpriseRealnameAuthsReq (with EnterprisePersonNew),
 * CreateEnterpriseRealnameAuthenticationResponse</li>
 * <li>{@code PUT /v2/customers/realname-auths/enterprise}: {@code changeEnterpriseRealnameAuthentication},
 * ChangeEnterpriseRealnameAuthenticationRequest, ChangeEnterpriseRealnameAuthsReq,
 * ChangeEnterpriseRealnameAuthenticationResponse</li>
 * <li>{@code GET /v2/customers/realname-auths/result}: {@code showRealnameAuthenticationReviewResult},
 * ShowRealnameAuthenticationReviewResultRequest (query customer_id), ShowRealnameAuthenticationReviewResultResponse</li>
 * <li>{@code POST /v2/partners/sub-customers/freeze|unfreeze}, international-site APIs of
 * {@code huaweicloud-sdk-bssintl} ({@link BssintlClient}): {@code freezeSubCustomers} / {@code unfreezeSubCustomers},
 * FreezeSubCustomersRequest / FreezeSubCustomersReq / FreezeSubCustomersResponse, UnfreezeSubCustomersRequest /
 * UnfreezeSubCustomersReq / UnfreezeSubCustomersResponse, per-customer failures as CustomerErrorDetail</li>
 * </ul>
 */
@QuarkusTest
class HuaweiSdkWireTest {

    /** CustomerInformation fields this service does not keep yet: real-name name, e-mail, customer level. */
    static final Set<String> NOT_KEPT_YET = Set.of("customer", "email", "customer_level", "account_managers");

    @Inject
    RecordingSmsGateway sms;

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void sendVerificationMessageCode(SdkTransport sdk) {
        String partner = registeredPartner();
        String mobile = newMobile();

        SendVerificationMessageCodeResponse answer = sdk.call(BssMeta.sendVerificationMessageCode,
                BssClient::sendVerificationMessageCode, sendCode(mobile), Tokens.partner(partner));

        assertThat(answer.getHttpStatusCode()).isEqualTo(204);
        assertThat(sms.lastCode(mobile)).hasSize(6);

        Refusal refusal = sdk.refuse(BssMeta.sendVerificationMessageCode, BssClient::sendVerificationMessageCode,
                sendCode("0044-7700900000"), Tokens.partner(partner), 400);
        assertRefusal(refusal, 400, CbcError.CUSTOMER_MOBILE_INVALID);
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void createSubCustomer(SdkTransport sdk) {
        String partner = registeredPartner();
        String name = name();
        CreateSubCustomerResponse answer = createWithMobile(sdk, partner, name, newMobile());

        assertEveryFieldPopulated(answer, Set.of());
        assertThat(answer.getDomainName()).isEqualTo(name);
        assertThat(answer.getHttpStatusCode()).isEqualTo(200);

        CreateSubCustomerRequest badName = new CreateSubCustomerRequest().withBody(new CreateCustomerV2Req()
                .withXaccountId("erp-" + UUID.randomUUID()).withXaccountType("partner_platform")
                .withDomainName("op_not-allowed"));
        Refusal refusal = sdk.refuse(BssMeta.createSubCustomer, BssClient::createSubCustomer, badName,
                Tokens.partner(partner), 400);
        assertRefusal(refusal, 400, CbcError.CUSTOMER_LOGIN_NAME_INVALID);
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void listSubCustomers(SdkTransport sdk) {
        String partner = registeredPartner();
        String name = name();
        String mobile = newMobile();
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        String customerId = createWithMobile(sdk, partner, name, mobile).getDomainId();
        setLabel(partner, customerId, "key-account").statusCode(204);

        QuerySubCustomerListReq everyFilter = new QuerySubCustomerListReq()
                .withAccountName(name).withCustomerId(customerId).withLabel("key-").withAssociationType("2")
                .withAssociatedOnBegin(before.truncatedTo(ChronoUnit.SECONDS).toString())
                .withAssociatedOnEnd(Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString())
                .withOffset(0).withLimit(100);
        ListSubCustomersResponse answer = sdk.call(BssMeta.listSubCustomers, BssClient::listSubCustomers,
                new ListSubCustomersRequest().withBody(everyFilter), Tokens.partner(partner));

        assertEveryFieldPopulated(answer, NOT_KEPT_YET);
        assertThat(answer.getCount()).isEqualTo(1);
        CustomerInformation info = answer.getCustomerInfos().get(0);
        assertThat(info.getCustomerId()).isEqualTo(customerId);
        assertThat(info.getAccountName()).isEqualTo(name);
        assertThat(info.getLabel()).isEqualTo("key-account");
        assertThat(info.getAssociationType()).isEqualTo("2");
        assertThat(info.getAssociatedOn()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(info.getTelephone()).isEqualTo(mobile);
        assertThat(info.getCountryCode()).isEqualTo("0086");
        assertThat(info.getVerifiedStatus()).isEqualTo("-1");
        assertThat(info.getCustomerType()).isEqualTo(-1);
        assertThat(info.getIsFrozen()).isZero();
        assertThat(info.getXaccountType()).isEqualTo("partner_platform");
        // not kept yet, but a list the SDK's users can iterate
        assertThat(info.getAccountManagers()).isEmpty();

        Refusal refusal = sdk.refuse(BssMeta.listSubCustomers, BssClient::listSubCustomers,
                new ListSubCustomersRequest().withBody(new QuerySubCustomerListReq().withLimit(101)),
                Tokens.partner(partner), 400);
        assertRefusal(refusal, 400, CbcError.PARAMETER_ERROR);
        assertThat(refusal.details()).extracting(SdkErrorMessage::getErrorCode).containsOnly("CBC.0100");
        assertThat(refusal.details()).extracting(SdkErrorMessage::getErrorMsg).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void checkUserIdentity(SdkTransport sdk) {
        String partner = registeredPartner();
        String name = name();
        createWithMobile(sdk, partner, name, newMobile());

        CheckUserIdentityResponse used = sdk.call(BssMeta.checkUserIdentity, BssClient::checkUserIdentity,
                check("name", name), Tokens.partner(partner));
        CheckUserIdentityResponse free = sdk.call(BssMeta.checkUserIdentity, BssClient::checkUserIdentity,
                check("name", name()), Tokens.partner(partner));

        assertEveryFieldPopulated(used, Set.of());
        assertThat(used.getCheckResult()).isEqualTo("used_by_user");
        assertThat(used.getErrorCode()).isEqualTo("CBC.0000");
        assertThat(free.getCheckResult()).isEqualTo("available");

        Refusal refusal = sdk.refuse(BssMeta.checkUserIdentity, BssClient::checkUserIdentity,
                check("mobile", "12345"), Tokens.partner(partner), 400);
        assertRefusal(refusal, 400, CbcError.CUSTOMER_MOBILE_INVALID);
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void anotherPartnersCustomerIsNotListedAndAnInvalidTokenIsACbcError(SdkTransport sdk) {
        String owner = registeredPartner();
        String customerId = createWithMobile(sdk, owner, name(), newMobile()).getDomainId();

        ListSubCustomersResponse answer = sdk.call(BssMeta.listSubCustomers, BssClient::listSubCustomers,
                new ListSubCustomersRequest().withBody(new QuerySubCustomerListReq().withCustomerId(customerId)),
                Tokens.partner(registeredPartner()));
        assertThat(answer.getCount()).isZero();
        assertThat(answer.getCustomerInfos()).isEmpty();

        Refusal refusal = sdk.refuse(BssMeta.listSubCustomers, BssClient::listSubCustomers,
                new ListSubCustomersRequest().withBody(new QuerySubCustomerListReq()), Tokens.expiredPartner(owner), 401);
        assertThat(refusal.httpStatus()).isEqualTo(401);
        assertThat(refusal.errorCode()).isEqualTo("CBC.0154");
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void createPersonalRealnameAuth(SdkTransport sdk) {
        String partner = enabledPartner();
        String byDocument = consentedCustomer(partner);
        String byBankCard = consentedCustomer(partner);

        CreatePersonalRealnameAuthResponse answer = sdk.call(BssMeta.createPersonalRealnameAuth,
                BssClient::createPersonalRealnameAuth, individual(byDocument), Tokens.partner(partner));

        assertEveryFieldPopulated(answer, Set.of());
        assertThat(answer.getIsReview()).isEqualTo(1);
        assertThat(answer.getHttpStatusCode()).isEqualTo(200);
        assertThat(verifiedStatus(partner, byDocument)).isEqualTo("0");

        String mobile = newMobile();
        sdk.call(BssMeta.sendVerificationMessageCode, BssClient::sendVerificationMessageCode,
                new SendVerificationMessageCodeRequest().withBody(new SendVerificationCodeV2Req().withReceiverType(1)
                        .withMobilePhone(mobile).withTimeout(10).withLang("en-us").withScene(18)
                        .withCustomerId(byBankCard)),
                Tokens.partner(partner));
        CreatePersonalRealnameAuthRequest bankCard = new CreatePersonalRealnameAuthRequest()
                .withBody(new ApplyIndividualRealnameAuthsReq().withCustomerId(byBankCard).withIdentifyType(4)
                        .withVerifiedFileUrl(List.of("face/" + UUID.randomUUID() + ".jpg"))
                        .withName("Wang Wu").withVerifiedNumber(newIdNumber()).withChangeType(-1)
                        .withXaccountType("partner_platform")
                        .withBankCardInfo(new BankCardInfoV2().withBankAccount("6222020000001234567")
                                .withAreacode("0086").withMobile(mobile.substring(5))
                                .withVerificationCode(sms.lastCode(mobile))));
        assertThat(sdk.call(BssMeta.createPersonalRealnameAuth, BssClient::createPersonalRealnameAuth, bankCard,
                Tokens.partner(partner)).getIsReview()).isEqualTo(1);

        // rule 53: under review, a second submission is refused
        Refusal again = sdk.refuse(BssMeta.createPersonalRealnameAuth, BssClient::createPersonalRealnameAuth,
                individual(byDocument), Tokens.partner(partner), 400);
        assertRefusal(again, 400, CbcError.REAL_NAME_ALREADY_SUBMITTED);

        // rule 49: a partner without real-name attachment upload
        String disabled = registeredPartner();
        Refusal notEnabled = sdk.refuse(BssMeta.createPersonalRealnameAuth, BssClient::createPersonalRealnameAuth,
                individual(newCustomer(disabled)), Tokens.partner(disabled), 400);
        assertRefusal(notEnabled, 400, CbcError.REAL_NAME_UPLOAD_NOT_ENABLED);
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void createEnterpriseRealnameAuthentication(SdkTransport sdk) {
        String partner = enabledPartner();
        String customerId = consentedCustomer(partner);

        CreateEnterpriseRealnameAuthenticationResponse answer = sdk.call(
                BssMeta.createEnterpriseRealnameAuthentication, BssClient::createEnterpriseRealnameAuthentication,
                new CreateEnterpriseRealnameAuthenticationRequest().withBody(enterprise(customerId)),
                Tokens.partner(partner));

        assertEveryFieldPopulated(answer, Set.of());
        assertThat(answer.getIsReview()).isEqualTo(1);
        assertThat(verifiedStatus(partner, customerId)).isEqualTo("0");

        Refusal again = sdk.refuse(BssMeta.createEnterpriseRealnameAuthentication,
                BssClient::createEnterpriseRealnameAuthentication,
                new CreateEnterpriseRealnameAuthenticationRequest().withBody(enterprise(customerId)),
                Tokens.partner(partner), 400);
        assertRefusal(again, 400, CbcError.REAL_NAME_ALREADY_SUBMITTED);

        String disabled = registeredPartner();
        Refusal notEnabled = sdk.refuse(BssMeta.createEnterpriseRealnameAuthentication,
                BssClient::createEnterpriseRealnameAuthentication,
                new CreateEnterpriseRealnameAuthenticationRequest().withBody(enterprise(newCustomer(disabled))),
                Tokens.partner(disabled), 400);
        assertRefusal(notEnabled, 400, CbcError.REAL_NAME_UPLOAD_NOT_ENABLED);
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void changeEnterpriseRealnameAuthentication(SdkTransport sdk) {
        String partner = enabledPartner();
        String customerId = consentedCustomer(partner);

        // only a verified individual may change to enterprise
        Refusal notVerified = sdk.refuse(BssMeta.changeEnterpriseRealnameAuthentication,
                BssClient::changeEnterpriseRealnameAuthentication, change(customerId), Tokens.partner(partner), 400);
        assertRefusal(notVerified, 400, CbcError.REAL_NAME_CHANGE_NOT_ALLOWED);

        sdk.call(BssMeta.createPersonalRealnameAuth, BssClient::createPersonalRealnameAuth, individual(customerId),
                Tokens.partner(partner));
        approveLatest(customerId);

        ChangeEnterpriseRealnameAuthenticationResponse answer = sdk.call(
                BssMeta.changeEnterpriseRealnameAuthentication, BssClient::changeEnterpriseRealnameAuthentication,
                change(customerId), Tokens.partner(partner));

        assertEveryFieldPopulated(answer, Set.of());
        assertThat(answer.getIsReview()).isEqualTo(1);
        assertThat(answer.getHttpStatusCode()).isEqualTo(200);

        Refusal underReview = sdk.refuse(BssMeta.changeEnterpriseRealnameAuthentication,
                BssClient::changeEnterpriseRealnameAuthentication, change(customerId), Tokens.partner(partner), 400);
        assertRefusal(underReview, 400, CbcError.REAL_NAME_ALREADY_SUBMITTED);
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void showRealnameAuthenticationReviewResult(SdkTransport sdk) {
        String partner = enabledPartner();
        String customerId = consentedCustomer(partner);

        Refusal nothingYet = sdk.refuse(BssMeta.showRealnameAuthenticationReviewResult,
                BssClient::showRealnameAuthenticationReviewResult, result(customerId), Tokens.partner(partner), 404);
        assertRefusal(nothingYet, 404, CbcError.REAL_NAME_RESULT_NOT_FOUND);

        sdk.call(BssMeta.createPersonalRealnameAuth, BssClient::createPersonalRealnameAuth, individual(customerId),
                Tokens.partner(partner));
        ShowRealnameAuthenticationReviewResultResponse reviewing = sdk.call(
                BssMeta.showRealnameAuthenticationReviewResult, BssClient::showRealnameAuthenticationReviewResult,
                result(customerId), Tokens.partner(partner));
        assertThat(reviewing.getReviewResult()).isZero();
        assertThat(reviewing.getOpinion()).isNull();

        rejectLatest(customerId, "The ID document is not legible.");
        ShowRealnameAuthenticationReviewResultResponse rejected = sdk.call(
                BssMeta.showRealnameAuthenticationReviewResult, BssClient::showRealnameAuthenticationReviewResult,
                result(customerId), Tokens.partner(partner));
        assertEveryFieldPopulated(rejected, Set.of());
        assertThat(rejected.getReviewResult()).isEqualTo(1);
        assertThat(rejected.getOpinion()).isEqualTo("The ID document is not legible.");

        sdk.call(BssMeta.createPersonalRealnameAuth, BssClient::createPersonalRealnameAuth, individual(customerId),
                Tokens.partner(partner));
        approveLatest(customerId);
        assertThat(sdk.call(BssMeta.showRealnameAuthenticationReviewResult,
                BssClient::showRealnameAuthenticationReviewResult, result(customerId), Tokens.partner(partner))
                .getReviewResult()).isEqualTo(2);

        Refusal foreign = sdk.refuse(BssMeta.showRealnameAuthenticationReviewResult,
                BssClient::showRealnameAuthenticationReviewResult, result(customerId),
                Tokens.partner(registeredPartner()), 400);
        assertRefusal(foreign, 400, CbcError.NOT_YOUR_SUB_CUSTOMER);
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void freezeSubCustomers(SdkTransport sdk) {
        String partner = registeredPartner();
        String resale = newCustomer(partner);
        String referral = create(partner, customer("cooperation_type", "1")).statusCode(200).extract().path("domain_id");
        String foreign = newCustomer(registeredPartner());

        FreezeSubCustomersResponse clean = sdk.callIntl(BssintlMeta.freezeSubCustomers,
                BssintlClient::freezeSubCustomers, freeze(FreezeSubCustomersReq.FreezeTypeEnum.ACCOUNT_AND_RESOURCE,
                        resale), Tokens.partner(partner));
        assertThat(clean.getHttpStatusCode()).isEqualTo(200);
        assertThat(clean.getErrorDetails()).isNullOrEmpty();
        assertThat(isFrozen(partner, resale)).isEqualTo(2);

        FreezeSubCustomersResponse partly = sdk.callIntl(BssintlMeta.freezeSubCustomers,
                BssintlClient::freezeSubCustomers, freeze(FreezeSubCustomersReq.FreezeTypeEnum.ACCOUNT,
                        resale, referral, foreign), Tokens.partner(partner));
        assertEveryFieldPopulated(partly, Set.of());
        assertThat(partly.getErrorDetails()).extracting(CustomerErrorDetail::getId, CustomerErrorDetail::getErrorCode)
                .containsExactly(tuple(resale, "CBC.91005059"),
                        tuple(referral, CbcError.WRONG_ASSOCIATION_TYPE.code()),
                        tuple(foreign, CbcError.NOT_YOUR_SUB_CUSTOMER.code()));
        assertThat(partly.getErrorDetails()).extracting(CustomerErrorDetail::getErrorMsg)
                .contains(CbcError.WRONG_ASSOCIATION_TYPE.message(), CbcError.NOT_YOUR_SUB_CUSTOMER.message());
        assertThat(isFrozen(partner, referral)).isZero();

        Refusal tooMany = sdk.refuseIntl(BssintlMeta.freezeSubCustomers, BssintlClient::freezeSubCustomers,
                freeze(FreezeSubCustomersReq.FreezeTypeEnum.ACCOUNT, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
                Tokens.partner(partner), 400);
        assertRefusal(tooMany, 400, CbcError.PARAMETER_ERROR);
        assertThat(tooMany.details()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    void unfreezeSubCustomers(SdkTransport sdk) {
        String partner = registeredPartner();
        String resale = newCustomer(partner);
        String referral = create(partner, customer("cooperation_type", "1")).statusCode(200).extract().path("domain_id");
        String foreign = newCustomer(registeredPartner());
        sdk.callIntl(BssintlMeta.freezeSubCustomers, BssintlClient::freezeSubCustomers,
                freeze(FreezeSubCustomersReq.FreezeTypeEnum.ACCOUNT, resale), Tokens.partner(partner));
        assertThat(isFrozen(partner, resale)).isEqualTo(1);

        UnfreezeSubCustomersResponse partly = sdk.callIntl(BssintlMeta.unfreezeSubCustomers,
                BssintlClient::unfreezeSubCustomers, unfreeze(UnfreezeSubCustomersReq.UnfreezeTypeEnum.ACCOUNT,
                        resale, referral, foreign), Tokens.partner(partner));

        assertThat(partly.getHttpStatusCode()).isEqualTo(200);
        assertEveryFieldPopulated(partly, Set.of());
        assertThat(partly.getErrorDetails()).extracting(CustomerErrorDetail::getId, CustomerErrorDetail::getErrorCode)
                .containsExactly(tuple(referral, CbcError.WRONG_ASSOCIATION_TYPE.code()),
                        tuple(foreign, CbcError.NOT_YOUR_SUB_CUSTOMER.code()));
        assertThat(isFrozen(partner, resale)).isZero();

        UnfreezeSubCustomersResponse clean = sdk.callIntl(BssintlMeta.unfreezeSubCustomers,
                BssintlClient::unfreezeSubCustomers, unfreeze(UnfreezeSubCustomersReq.UnfreezeTypeEnum.ACCOUNT, resale),
                Tokens.partner(partner));
        assertThat(clean.getErrorDetails()).isNullOrEmpty();

        Refusal noReason = sdk.refuseIntl(BssintlMeta.unfreezeSubCustomers, BssintlClient::unfreezeSubCustomers,
                new UnfreezeSubCustomersRequest().withBody(new UnfreezeSubCustomersReq().withCustomerIds(List.of(resale))),
                Tokens.partner(partner), 400);
        assertRefusal(noReason, 400, CbcError.INVALID_PARAMETER);
        assertThat(noReason.details()).isNotEmpty();
    }

    // --- helpers

    private CreateSubCustomerResponse createWithMobile(SdkTransport sdk, String partner, String name, String mobile) {
        sdk.call(BssMeta.sendVerificationMessageCode, BssClient::sendVerificationMessageCode, sendCode(mobile),
                Tokens.partner(partner));
        CreateCustomerV2Req body = new CreateCustomerV2Req()
                .withXaccountId("erp-" + UUID.randomUUID())
                .withXaccountType("partner_platform")
                .withDomainName(name)
                .withMobilePhone(mobile)
                .withVerificationCode(sms.lastCode(mobile))
                .withPassword("Secret-" + UUID.randomUUID().toString().substring(0, 8))
                .withIsCloseMarketMs("false")
                .withIncludeAssociationResult(true);
        return sdk.call(BssMeta.createSubCustomer, BssClient::createSubCustomer,
                new CreateSubCustomerRequest().withBody(body), Tokens.partner(partner));
    }

    private static SendVerificationMessageCodeRequest sendCode(String mobile) {
        return new SendVerificationMessageCodeRequest().withBody(new SendVerificationCodeV2Req()
                .withReceiverType(1).withMobilePhone(mobile).withTimeout(10).withLang("en-us").withScene(29));
    }

    private static CheckUserIdentityRequest check(String type, String value) {
        return new CheckUserIdentityRequest().withBody(new CheckSubcustomerUserReq()
                .withSearchType(type).withSearchValue(value));
    }

    private static CreatePersonalRealnameAuthRequest individual(String customerId) {
        return new CreatePersonalRealnameAuthRequest().withBody(new ApplyIndividualRealnameAuthsReq()
                .withCustomerId(customerId).withIdentifyType(0).withVerifiedType(3)
                .withVerifiedFileUrl(List.of("id/front.jpg", "id/back.PNG", "id/holding.pdf"))
                .withName("Zhang San").withVerifiedNumber(newIdNumber()).withChangeType(-1)
                .withXaccountType("partner_platform"));
    }

    private static ApplyEnterpriseRealnameAuthsReq enterprise(String customerId) {
        return new ApplyEnterpriseRealnameAuthsReq().withCustomerId(customerId).withIdentifyType(1)
                .withCertificateType(0)
                .withVerifiedFileUrl(List.of("corp/licence.pdf", "corp/id-front.jpg", "corp/id-back.jpg"))
                .withCorpName("Example Trading Co., Ltd.").withVerifiedNumber("91110000" + newIdNumber().substring(1))
                .withRegCountry("CN").withRegAddress("Beijing").withXaccountType("partner_platform")
                .withEnterprisePerson(legalPerson());
    }

    private static ChangeEnterpriseRealnameAuthenticationRequest change(String customerId) {
        return new ChangeEnterpriseRealnameAuthenticationRequest().withBody(new ChangeEnterpriseRealnameAuthsReq()
                .withCustomerId(customerId).withIdentifyType(1).withCertificateType(0)
                .withVerifiedFileUrl(List.of("corp/licence.pdf", "corp/id-front.jpg", "corp/id-back.jpg"))
                .withCorpName("Example Trading Co., Ltd.").withVerifiedNumber("91110000" + newIdNumber().substring(1))
                .withRegCountry("CN").withRegAddress("Beijing").withChangeType(1).withXaccountType("partner_platform")
                .withEnterprisePerson(legalPerson()));
    }

    private static EnterprisePersonNew legalPerson() {
        return new EnterprisePersonNew().withLegelName("Li Si").withLegelIdNumber(newIdNumber())
                .withCertifierRole("legalPerson");
    }

    private static ShowRealnameAuthenticationReviewResultRequest result(String customerId) {
        return new ShowRealnameAuthenticationReviewResultRequest().withCustomerId(customerId);
    }

    private static FreezeSubCustomersRequest freeze(FreezeSubCustomersReq.FreezeTypeEnum type, String... customerIds) {
        return new FreezeSubCustomersRequest().withBody(new FreezeSubCustomersReq()
                .withCustomerIds(List.of(customerIds)).withReason("overdue invoices").withFreezeType(type));
    }

    private static UnfreezeSubCustomersRequest unfreeze(UnfreezeSubCustomersReq.UnfreezeTypeEnum type,
                                                        String... customerIds) {
        return new UnfreezeSubCustomersRequest().withBody(new UnfreezeSubCustomersReq()
                .withCustomerIds(List.of(customerIds)).withReason("invoices paid").withUnfreezeType(type));
    }

    private static String newCustomer(String partner) {
        return create(partner, customer()).statusCode(200).extract().path("domain_id");
    }

    private static String verifiedStatus(String partner, String customerId) {
        return query(partner, Map.of("customer_id", customerId)).statusCode(200)
                .extract().path("customer_infos[0].verified_status");
    }

    private static int isFrozen(String partner, String customerId) {
        return query(partner, Map.of("customer_id", customerId)).statusCode(200)
                .extract().path("customer_infos[0].is_frozen");
    }

    private static void assertRefusal(Refusal refusal, int status, CbcError expected) {
        assertThat(refusal.httpStatus()).isEqualTo(status);
        assertThat(refusal.errorCode()).isEqualTo(expected.code());
        assertThat(refusal.errorMsg()).isEqualTo(expected.message());
        assertThat(refusal.requestId()).isNotBlank();
    }

    private static String name() {
        return "w_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
