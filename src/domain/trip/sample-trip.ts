/**
 * The sample trip: the Liverpool City Region trade mission to China of November 2016, built as one complete
 * TripBundle so that a new organiser sees every part of the product filled in, and can remove it again.
 *
 * Where the facts come from. Public news reports of the mission give: a 20-strong group of marketing,
 * property and technology companies, academics and Chambers of Commerce; two weeks, six cities, three days in
 * Kunming first, then Chongqing, Tianjin, Beijing, Qingdao and Shanghai; the trip organised by Invest Liverpool
 * (director Ellen Cutler) and led jointly by Joe Anderson, Mayor of Liverpool, and Councillor Phil Davies,
 * Leader of Wirral Council; Kunming's delegation to the International Festival for Business 2016 and its Yunnan
 * exhibition in Liverpool ONE; and the Memorandum of Understanding signed in Tianjin, with the Mayor present,
 * between Sensor City (a University Enterprise Zone run jointly by the University of Liverpool and Liverpool John
 * Moores University; Dr Joanne Phoenix, head of business development) and Zhengxin Group (Zhihua Feng,
 * executive vice president) for a Chinese Sensor City and an investment fund. Zhangjiang Hi-Tech Park comes from
 * a report on technology-park partnerships.
 *
 * Everything else is invented and meant to look it: the other delegates, the companies they work for, hotels,
 * flights, booking references, partner contacts and the exact programme. E-mail addresses use the reserved
 * `.example` domain and UK telephone numbers Ofcom's ranges set aside for drama, so none reaches anyone.
 *
 * Pure: ids come only from `newId`, timestamps only from `now`.
 */
import type { Hotel } from '../route/hotel';
import type { Engagement, EngagementKind, EngagementStatus, FollowUp, Venue } from '../engagements/engagement';
import type { Id } from '../shared/ids';
import type { Contact, Organisation, OrganisationType } from '../directory/organisation';
import type { MemberRole, Membership, Person, VisaStatus } from '../people/person';
import type { City } from '../route/city';
import { zonedTimeOrThrow, type IsoDate, type LocalDateTime } from '../shared/time';
import type { CalendarIdentity } from '../calendars/calendar-identity';
import type { TravelMode, Journey } from '../route/journey';
import { DEFAULT_BUFFER_MINUTES, type Trip } from './trip';
import type { TripBundle } from './trip-bundle';

const HOME_ZONE = 'Europe/London';
/** Every city of the route keeps Beijing time. */
const CHINA_ZONE = 'Asia/Shanghai';

// ---------------------------------------------------------------------------------------------------------------
// The route

interface StopRow<K extends string = string> {
  key: K;
  name: string;
  nameLocal: string;
  latitude: number;
  longitude: number;
  arrivalDate: IsoDate;
  departureDate: IsoDate;
  notes: string;
}

const ROUTE_TABLE = [
  {
    key: 'kunming',
    name: 'Kunming',
    nameLocal: '昆明',
    latitude: 25.0389,
    longitude: 102.7183,
    arrivalDate: '2016-11-06',
    departureDate: '2016-11-09',
    notes:
      'Capital of Yunnan province. Kunming sent a business and government delegation to the International ' +
      'Festival for Business 2016 and staged an exhibition of Yunnan culture in Liverpool ONE.',
  },
  {
    key: 'chongqing',
    name: 'Chongqing',
    nameLocal: '重庆',
    latitude: 29.563,
    longitude: 106.5516,
    arrivalDate: '2016-11-09',
    departureDate: '2016-11-11',
    notes: 'Property and investment meetings in the Liangjiang New Area.',
  },
  {
    key: 'tianjin',
    name: 'Tianjin',
    nameLocal: '天津',
    latitude: 39.0842,
    longitude: 117.2009,
    arrivalDate: '2016-11-11',
    departureDate: '2016-11-13',
    notes: 'Sensor City and Zhengxin Group sign the MoU for a Chinese Sensor City.',
  },
  {
    key: 'beijing',
    name: 'Beijing',
    nameLocal: '北京',
    latitude: 39.9042,
    longitude: 116.4074,
    arrivalDate: '2016-11-13',
    departureDate: '2016-11-15',
    notes: 'Three delegates join here from Manchester.',
  },
  {
    key: 'qingdao',
    name: 'Qingdao',
    nameLocal: '青岛',
    latitude: 36.0671,
    longitude: 120.3826,
    arrivalDate: '2016-11-15',
    departureDate: '2016-11-17',
    notes: 'Port and maritime links. Two delegates fly home from here.',
  },
  {
    key: 'shanghai',
    name: 'Shanghai',
    nameLocal: '上海',
    latitude: 31.2304,
    longitude: 121.4737,
    arrivalDate: '2016-11-17',
    departureDate: '2016-11-19',
    notes: 'Technology park visit and closing reception; the delegation flies home on Saturday.',
  },
] as const satisfies readonly StopRow[];

type CityKey = (typeof ROUTE_TABLE)[number]['key'];
const ROUTE: readonly StopRow<CityKey>[] = ROUTE_TABLE;

/** Who is present where. */
const WHOLE_ROUTE: readonly CityKey[] = ROUTE.map((stop) => stop.key);
const JOINS_IN_BEIJING: readonly CityKey[] = ['beijing', 'qingdao', 'shanghai'];
const LEAVES_FROM_QINGDAO: readonly CityKey[] = ['kunming', 'chongqing', 'tianjin', 'beijing', 'qingdao'];

// ---------------------------------------------------------------------------------------------------------------
// The directory: organisations and their contacts

interface OrganisationRow<K extends string = string> {
  key: K;
  name: string;
  nameLocal?: string;
  type: OrganisationType;
  sector: string;
  city: string;
  country: string;
  website?: string;
  address?: string;
  addressLocal?: string;
  notes?: string;
  tags: readonly string[];
}

const ORGANISATION_TABLE = [
  // The city region
  {
    key: 'investLiverpool',
    name: 'Invest Liverpool',
    type: 'investment-agency',
    sector: 'Inward investment',
    city: 'Liverpool',
    country: 'GB',
    notes: "The city region's inward investment agency; organised the mission.",
    tags: ['Liverpool City Region', 'organiser'],
  },
  {
    key: 'liverpoolCouncil',
    name: 'Liverpool City Council',
    type: 'government',
    sector: 'Local government',
    city: 'Liverpool',
    country: 'GB',
    website: 'https://liverpool.gov.uk',
    tags: ['Liverpool City Region'],
  },
  {
    key: 'wirralCouncil',
    name: 'Wirral Council',
    type: 'government',
    sector: 'Local government',
    city: 'Wallasey',
    country: 'GB',
    website: 'https://www.wirral.gov.uk',
    tags: ['Liverpool City Region'],
  },
  {
    key: 'sensorCity',
    name: 'Sensor City',
    type: 'university',
    sector: 'Sensor technology',
    city: 'Liverpool',
    country: 'GB',
    notes:
      'One of four government-sponsored University Enterprise Zones: a joint venture of the University of ' +
      'Liverpool and Liverpool John Moores University. Aims to create 300 start-ups and 1,000 jobs in ten years.',
    tags: ['Liverpool City Region', 'sensors', 'academia'],
  },
  {
    key: 'universityOfLiverpool',
    name: 'University of Liverpool',
    type: 'university',
    sector: 'Higher education and research',
    city: 'Liverpool',
    country: 'GB',
    website: 'https://www.liverpool.ac.uk',
    tags: ['Liverpool City Region', 'academia'],
  },
  {
    key: 'ljmu',
    name: 'Liverpool John Moores University',
    type: 'university',
    sector: 'Higher education and research',
    city: 'Liverpool',
    country: 'GB',
    website: 'https://www.ljmu.ac.uk',
    tags: ['Liverpool City Region', 'academia'],
  },
  {
    key: 'liverpoolChamber',
    name: 'Liverpool Chamber of Commerce',
    type: 'chamber-of-commerce',
    sector: 'Business support',
    city: 'Liverpool',
    country: 'GB',
    tags: ['Liverpool City Region'],
  },
  {
    key: 'wirralChamber',
    name: 'Wirral Chamber of Commerce',
    type: 'chamber-of-commerce',
    sector: 'Business support',
    city: 'Birkenhead',
    country: 'GB',
    tags: ['Liverpool City Region'],
  },
  // The delegates' companies (invented)
  {
    key: 'merseyDigital',
    name: 'Mersey Digital Marketing Ltd',
    type: 'company',
    sector: 'Marketing',
    city: 'Liverpool',
    country: 'GB',
    tags: ['Liverpool City Region', 'marketing'],
  },
  {
    key: 'docksideProperty',
    name: 'Dockside Property Partners LLP',
    type: 'company',
    sector: 'Property',
    city: 'Liverpool',
    country: 'GB',
    tags: ['Liverpool City Region', 'property'],
  },
  {
    key: 'balticSoftware',
    name: 'Baltic Triangle Software Ltd',
    type: 'company',
    sector: 'Technology',
    city: 'Liverpool',
    country: 'GB',
    tags: ['Liverpool City Region', 'technology'],
  },
  {
    key: 'wirralSensors',
    name: 'Wirral Sensor Systems Ltd',
    type: 'company',
    sector: 'Technology',
    city: 'Birkenhead',
    country: 'GB',
    tags: ['Liverpool City Region', 'technology', 'sensors'],
  },
  // Partners in China
  {
    key: 'kunmingForeignAffairs',
    name: 'Kunming Municipal Foreign Affairs Office',
    nameLocal: '昆明市人民政府外事办公室',
    type: 'government',
    sector: 'International relations',
    city: 'Kunming',
    country: 'CN',
    notes: "Arranged Kunming's delegation and Yunnan exhibition at the International Festival for Business 2016.",
    tags: ['partner', 'IFB 2016'],
  },
  {
    key: 'liangjiang',
    name: 'Chongqing Liangjiang New Area Administrative Committee',
    nameLocal: '重庆两江新区管理委员会',
    type: 'government',
    sector: 'Development zone',
    city: 'Chongqing',
    country: 'CN',
    tags: ['partner', 'property'],
  },
  {
    key: 'zhengxin',
    name: 'Zhengxin Group',
    nameLocal: '正信集团',
    type: 'company',
    sector: 'Investment and industrial development',
    city: 'Tianjin',
    country: 'CN',
    notes:
      'First met Sensor City at the International Festival for Business 2016 in Liverpool. Signed an MoU in ' +
      'November 2016 for a Chinese Sensor City in Tianjin and an investment fund; ratification expected early 2017.',
    tags: ['partner', 'sensors'],
  },
  {
    key: 'zhongguancun',
    name: 'Zhongguancun Science Park Administrative Committee',
    nameLocal: '中关村科技园区管理委员会',
    type: 'technology-park',
    sector: 'Innovation and technology',
    city: 'Beijing',
    country: 'CN',
    address: 'Haidian District, Beijing',
    addressLocal: '北京市海淀区',
    tags: ['partner', 'technology'],
  },
  {
    key: 'britishEmbassy',
    name: 'British Embassy Beijing',
    nameLocal: '英国驻华大使馆',
    type: 'government',
    sector: 'Trade and investment (Department for International Trade)',
    city: 'Beijing',
    country: 'CN',
    website: 'https://www.gov.uk/world/organisations/british-embassy-beijing',
    address: '11 Guanghua Road, Chaoyang District, Beijing',
    addressLocal: '北京市朝阳区光华路11号',
    tags: ['UK government'],
  },
  {
    key: 'qingdaoCommerce',
    name: 'Qingdao Municipal Bureau of Commerce',
    nameLocal: '青岛市商务局',
    type: 'government',
    sector: 'Trade, ports and logistics',
    city: 'Qingdao',
    country: 'CN',
    tags: ['partner', 'maritime'],
  },
  {
    key: 'zhangjiang',
    name: 'Zhangjiang Hi-Tech Park',
    nameLocal: '张江高科技园区',
    type: 'technology-park',
    sector: 'Technology park',
    city: 'Shanghai',
    country: 'CN',
    address: 'Pudong New Area, Shanghai',
    addressLocal: '上海市浦东新区',
    tags: ['partner', 'technology'],
  },
] as const satisfies readonly OrganisationRow[];

type OrganisationKey = (typeof ORGANISATION_TABLE)[number]['key'];
const ORGANISATIONS: readonly OrganisationRow<OrganisationKey>[] = ORGANISATION_TABLE;

interface ContactRow<K extends string = string> {
  key: K;
  organisation: OrganisationKey;
  name: string;
  nameLocal: string;
  title: string;
  email: string;
  phone: string;
  wechat: string;
  languages: readonly string[];
  notes?: string;
}

const CONTACT_TABLE = [
  {
    key: 'liWei',
    organisation: 'kunmingForeignAffairs',
    name: 'Li Wei',
    nameLocal: '李伟',
    title: 'Deputy Director, Europe Division',
    email: 'li.wei@kmfao.example',
    phone: '+86 871 6555 0101',
    wechat: 'liwei-kmfao',
    languages: ['Mandarin', 'English'],
    notes: 'Led the Kunming delegation to Liverpool in June 2016.',
  },
  {
    key: 'yangXue',
    organisation: 'kunmingForeignAffairs',
    name: 'Yang Xue',
    nameLocal: '杨雪',
    title: 'Liaison Officer',
    email: 'yang.xue@kmfao.example',
    phone: '+86 871 6555 0102',
    wechat: 'yangxue-km',
    languages: ['Mandarin', 'English'],
    notes: 'Day-to-day contact for the Kunming programme.',
  },
  {
    key: 'chenJing',
    organisation: 'liangjiang',
    name: 'Chen Jing',
    nameLocal: '陈静',
    title: 'Director, Investment Promotion Bureau',
    email: 'chen.jing@liangjiang.example',
    phone: '+86 23 6555 0201',
    wechat: 'chenjing-lj',
    languages: ['Mandarin'],
  },
  {
    key: 'zhihuaFeng',
    organisation: 'zhengxin',
    name: 'Zhihua Feng',
    nameLocal: '',
    title: 'Executive Vice President',
    email: 'zhihua.feng@zhengxin.example',
    phone: '+86 22 6555 0301',
    wechat: 'fengzh-zx',
    languages: ['Mandarin'],
    notes: 'Met Sensor City at the International Festival for Business 2016.',
  },
  {
    key: 'wangLei',
    organisation: 'zhengxin',
    name: 'Wang Lei',
    nameLocal: '王磊',
    title: 'International Projects Manager',
    email: 'wang.lei@zhengxin.example',
    phone: '+86 22 6555 0302',
    wechat: 'wanglei-zx',
    languages: ['Mandarin', 'English'],
    notes: 'Arranges the signing ceremony and the site visit.',
  },
  {
    key: 'zhaoMin',
    organisation: 'zhongguancun',
    name: 'Zhao Min',
    nameLocal: '赵敏',
    title: 'Deputy Director, International Cooperation',
    email: 'zhao.min@zgc.example',
    phone: '+86 10 6555 0401',
    wechat: 'zhaomin-zgc',
    languages: ['Mandarin', 'English'],
  },
  {
    key: 'sarahWhitfield',
    organisation: 'britishEmbassy',
    name: 'Sarah Whitfield',
    nameLocal: '',
    title: 'Head of Trade, Department for International Trade China',
    email: 'sarah.whitfield@embassy.example',
    phone: '+86 10 6555 0501',
    wechat: '',
    languages: ['English', 'Mandarin'],
  },
  {
    key: 'sunHao',
    organisation: 'qingdaoCommerce',
    name: 'Sun Hao',
    nameLocal: '孙浩',
    title: 'Deputy Director, Foreign Investment Division',
    email: 'sun.hao@qdcommerce.example',
    phone: '+86 532 6555 0601',
    wechat: 'sunhao-qd',
    languages: ['Mandarin'],
  },
  {
    key: 'xuYan',
    organisation: 'zhangjiang',
    name: 'Xu Yan',
    nameLocal: '徐燕',
    title: 'Director, International Partnerships',
    email: 'xu.yan@zhangjiang.example',
    phone: '+86 21 6555 0701',
    wechat: 'xuyan-zj',
    languages: ['Mandarin', 'English'],
  },
] as const satisfies readonly ContactRow[];

type ContactKey = (typeof CONTACT_TABLE)[number]['key'];
const CONTACTS: readonly ContactRow<ContactKey>[] = CONTACT_TABLE;

// ---------------------------------------------------------------------------------------------------------------
// The delegation: people, their role on this trip and the cities they are present for

interface PersonRow<K extends string = string> {
  key: K;
  name: string;
  nameLocal?: string;
  /** Null for someone whose organisation is not in the directory; `organisationName` says who they are with. */
  organisation: OrganisationKey | null;
  organisationName?: string;
  jobTitle: string;
  email: string;
  phone: string;
  dietary?: string;
  accessibility?: string;
  nationality: string;
  passportExpiry: IsoDate;
  visaStatus: VisaStatus;
  emergencyContact: string;
  notes?: string;
  role: MemberRole;
  attends: readonly CityKey[];
  membershipNotes?: string;
}

const PEOPLE_TABLE = [
  {
    key: 'anderson',
    name: 'Joe Anderson',
    organisation: 'liverpoolCouncil',
    jobTitle: 'Mayor of Liverpool',
    email: 'mayor@liverpool-council.example',
    phone: '+44 151 496 0100',
    nationality: 'British',
    passportExpiry: '2024-06-30',
    visaStatus: 'granted',
    emergencyContact: "Mayor's office: +44 151 496 0101",
    role: 'head',
    attends: WHOLE_ROUTE,
    membershipNotes: 'Leads the delegation jointly with Cllr Phil Davies; attends the MoU signing in Tianjin.',
  },
  {
    key: 'davies',
    name: 'Councillor Phil Davies',
    organisation: 'wirralCouncil',
    jobTitle: 'Leader of Wirral Council',
    email: 'leader@wirral-council.example',
    phone: '+44 151 496 0200',
    nationality: 'British',
    passportExpiry: '2022-09-14',
    visaStatus: 'granted',
    emergencyContact: "Leader's office: +44 151 496 0201",
    role: 'head',
    attends: WHOLE_ROUTE,
    membershipNotes: 'Leads the delegation jointly with the Mayor of Liverpool.',
  },
  {
    key: 'cutler',
    name: 'Ellen Cutler',
    organisation: 'investLiverpool',
    jobTitle: 'Director, Invest Liverpool',
    email: 'ellen.cutler@investliverpool.example',
    phone: '+44 7700 900110',
    nationality: 'British',
    passportExpiry: '2021-03-02',
    visaStatus: 'granted',
    emergencyContact: 'Partner: +44 7700 900111',
    role: 'organiser',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'marsden',
    name: 'Sophie Marsden',
    organisation: 'investLiverpool',
    jobTitle: 'International Trade Manager',
    email: 'sophie.marsden@investliverpool.example',
    phone: '+44 7700 900120',
    nationality: 'British',
    passportExpiry: '2025-01-19',
    visaStatus: 'granted',
    emergencyContact: 'Mother: +44 7700 900121',
    role: 'organiser',
    attends: WHOLE_ROUTE,
    membershipNotes: 'Runs the programme day to day and holds the group booking references.',
  },
  {
    key: 'phoenix',
    name: 'Dr Joanne Phoenix',
    organisation: 'sensorCity',
    jobTitle: 'Head of Business Development',
    email: 'joanne.phoenix@sensorcity.example',
    phone: '+44 7700 900130',
    nationality: 'British',
    passportExpiry: '2023-07-08',
    visaStatus: 'granted',
    emergencyContact: 'Partner: +44 7700 900131',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'raman',
    name: 'Dr Priya Raman',
    organisation: 'universityOfLiverpool',
    jobTitle: 'Senior Lecturer in Electrical Engineering',
    email: 'priya.raman@liverpool-uni.example',
    phone: '+44 7700 900140',
    dietary: 'Vegetarian',
    nationality: 'British',
    passportExpiry: '2026-02-11',
    visaStatus: 'granted',
    emergencyContact: 'Husband: +44 7700 900141',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'lloyd',
    name: 'Professor Gareth Lloyd',
    organisation: 'ljmu',
    jobTitle: 'Professor of Sensor Systems',
    email: 'gareth.lloyd@ljmu.example',
    phone: '+44 7700 900150',
    nationality: 'British',
    passportExpiry: '2020-11-27',
    visaStatus: 'granted',
    emergencyContact: 'Wife: +44 7700 900151',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'harland',
    name: 'Professor Richard Harland',
    organisation: 'universityOfLiverpool',
    jobTitle: 'Director of China Partnerships',
    email: 'richard.harland@liverpool-uni.example',
    phone: '+44 7700 900160',
    accessibility: 'Prefers an aisle seat; walks with a stick on long site visits.',
    nationality: 'British',
    passportExpiry: '2023-04-03',
    visaStatus: 'granted',
    emergencyContact: 'Wife: +44 7700 900161',
    role: 'delegate',
    attends: JOINS_IN_BEIJING,
    membershipNotes: 'Joins in Beijing after a university council meeting; flies Manchester–Beijing on 12 Nov.',
  },
  {
    key: 'rahman',
    name: 'Aisha Rahman',
    organisation: 'merseyDigital',
    jobTitle: 'Managing Director',
    email: 'aisha.rahman@merseydigital.example',
    phone: '+44 7700 900170',
    dietary: 'Halal',
    nationality: 'British',
    passportExpiry: '2024-10-22',
    visaStatus: 'granted',
    emergencyContact: 'Brother: +44 7700 900171',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'kerr',
    name: 'Daniel Kerr',
    organisation: 'merseyDigital',
    jobTitle: 'Head of Client Services',
    email: 'daniel.kerr@merseydigital.example',
    phone: '+44 7700 900180',
    nationality: 'British',
    passportExpiry: '2017-04-30',
    visaStatus: 'granted',
    emergencyContact: 'Partner: +44 7700 900181',
    notes: 'Passport expires in April 2017: renew before any further travel.',
    role: 'delegate',
    attends: LEAVES_FROM_QINGDAO,
    membershipNotes: 'Flies home from Qingdao on 17 Nov for a client launch.',
  },
  {
    key: 'whitlow',
    name: 'James Whitlow',
    organisation: 'docksideProperty',
    jobTitle: 'Partner',
    email: 'james.whitlow@docksideproperty.example',
    phone: '+44 7700 900190',
    nationality: 'British',
    passportExpiry: '2025-08-05',
    visaStatus: 'granted',
    emergencyContact: 'Wife: +44 7700 900191',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'gallagher',
    name: 'Fiona Gallagher',
    organisation: 'docksideProperty',
    jobTitle: 'Development Director',
    email: 'fiona.gallagher@docksideproperty.example',
    phone: '+44 7700 900200',
    dietary: 'Vegetarian',
    nationality: 'Irish',
    passportExpiry: '2022-12-01',
    visaStatus: 'granted',
    emergencyContact: 'Partner: +44 7700 900201',
    role: 'delegate',
    attends: JOINS_IN_BEIJING,
    membershipNotes: 'Joins in Beijing; flies Manchester–Beijing on 12 Nov.',
  },
  {
    key: 'ng',
    name: 'Chris Ng',
    organisation: 'balticSoftware',
    jobTitle: 'Chief Technology Officer',
    email: 'chris.ng@balticsoftware.example',
    phone: '+44 7700 900210',
    dietary: 'Peanut and tree nut allergy (carries an adrenaline pen); banquet menus to be checked',
    nationality: 'British',
    passportExpiry: '2023-05-17',
    visaStatus: 'granted',
    emergencyContact: 'Sister: +44 7700 900211',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'price',
    name: 'Tom Price',
    organisation: 'balticSoftware',
    jobTitle: 'Chief Executive',
    email: 'tom.price@balticsoftware.example',
    phone: '+44 7700 900220',
    nationality: 'British',
    passportExpiry: '2026-09-09',
    visaStatus: 'applied',
    emergencyContact: 'Wife: +44 7700 900221',
    notes: 'Visa record not updated after he travelled: check the status before the next mission.',
    role: 'delegate',
    attends: JOINS_IN_BEIJING,
    membershipNotes: 'Joins in Beijing; flies Manchester–Beijing on 12 Nov.',
  },
  {
    key: 'siddiqui',
    name: 'Imran Siddiqui',
    organisation: 'wirralSensors',
    jobTitle: 'Founder and Managing Director',
    email: 'imran.siddiqui@wirralsensors.example',
    phone: '+44 7700 900230',
    dietary: 'Halal',
    nationality: 'British',
    passportExpiry: '2021-12-13',
    visaStatus: 'granted',
    emergencyContact: 'Wife: +44 7700 900231',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'hughes',
    name: 'Laura Hughes',
    organisation: 'liverpoolCouncil',
    jobTitle: 'Press Officer',
    email: 'laura.hughes@liverpool-council.example',
    phone: '+44 7700 900240',
    nationality: 'British',
    passportExpiry: '2024-03-26',
    visaStatus: 'granted',
    emergencyContact: 'Father: +44 7700 900241',
    role: 'press',
    attends: WHOLE_ROUTE,
    membershipNotes: 'Photographs and press releases; issues the MoU announcement from Tianjin.',
  },
  {
    key: 'doyle',
    name: 'Karen Doyle',
    organisation: 'wirralCouncil',
    jobTitle: 'Head of Regeneration and Investment',
    email: 'karen.doyle@wirral-council.example',
    phone: '+44 7700 900250',
    nationality: 'British',
    passportExpiry: '2022-02-15',
    visaStatus: 'granted',
    emergencyContact: 'Husband: +44 7700 900251',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'brennan',
    name: 'Mark Brennan',
    organisation: 'liverpoolChamber',
    jobTitle: 'International Trade Adviser',
    email: 'mark.brennan@liverpoolchamber.example',
    phone: '+44 7700 900260',
    nationality: 'British',
    passportExpiry: '2025-06-21',
    visaStatus: 'granted',
    emergencyContact: 'Wife: +44 7700 900261',
    role: 'delegate',
    attends: LEAVES_FROM_QINGDAO,
    membershipNotes: 'Flies home from Qingdao on 17 Nov to run a Chamber export seminar.',
  },
  {
    key: 'moss',
    name: 'Helen Moss',
    organisation: 'wirralChamber',
    jobTitle: 'International Trade Manager',
    email: 'helen.moss@wirralchamber.example',
    phone: '+44 7700 900270',
    nationality: 'British',
    passportExpiry: '2023-10-04',
    visaStatus: 'granted',
    emergencyContact: 'Partner: +44 7700 900271',
    role: 'delegate',
    attends: WHOLE_ROUTE,
  },
  {
    key: 'zhang',
    name: 'Meilin Zhang',
    nameLocal: '张美琳',
    organisation: null,
    organisationName: 'Freelance interpreter',
    jobTitle: 'Interpreter (Mandarin–English)',
    email: 'meilin.zhang@interpreting.example',
    phone: '+44 7700 900280',
    nationality: 'British',
    passportExpiry: '2024-07-12',
    visaStatus: 'granted',
    emergencyContact: 'Husband: +44 7700 900281',
    notes: 'Consecutive interpreting; has worked with Invest Liverpool since 2012.',
    role: 'interpreter',
    attends: WHOLE_ROUTE,
  },
] as const satisfies readonly PersonRow[];

type PersonKey = (typeof PEOPLE_TABLE)[number]['key'];
const PEOPLE: readonly PersonRow<PersonKey>[] = PEOPLE_TABLE;

// ---------------------------------------------------------------------------------------------------------------
// Hotels: one a stop, for the nights the delegation is there

interface HotelRow {
  name: string;
  nameLocal: string;
  address: string;
  addressLocal: string;
  phone: string;
  notes: string;
}

const HOTELS: Record<CityKey, HotelRow> = {
  kunming: {
    name: 'Dianchi Lakeside Hotel',
    nameLocal: '滇池湖畔酒店',
    address: '88 Dianchi Road, Xishan District, Kunming',
    addressLocal: '昆明市西山区滇池路88号',
    phone: '+86 871 6555 8800',
    notes: 'Welcome banquet in the Yunnan Hall on the first evening.',
  },
  chongqing: {
    name: 'Jiefangbei Riverside Hotel',
    nameLocal: '解放碑江畔酒店',
    address: '66 Minzu Road, Yuzhong District, Chongqing',
    addressLocal: '重庆市渝中区民族路66号',
    phone: '+86 23 6555 6600',
    notes: 'Meeting room Jialing booked for the investors round-table.',
  },
  tianjin: {
    name: 'Haihe Bund Hotel',
    nameLocal: '海河外滩酒店',
    address: '18 Jiefang North Road, Heping District, Tianjin',
    addressLocal: '天津市和平区解放北路18号',
    phone: '+86 22 6555 1800',
    notes: 'MoU signing in the Binhai Room; stage and flags set up the evening before.',
  },
  beijing: {
    name: 'Jianguomen Garden Hotel',
    nameLocal: '建国门花园酒店',
    address: '22 Jianguomenwai Avenue, Chaoyang District, Beijing',
    addressLocal: '北京市朝阳区建国门外大街22号',
    phone: '+86 10 6555 2200',
    notes: 'Early check-in arranged for the three delegates arriving from Manchester.',
  },
  qingdao: {
    name: 'May Fourth Square Seaview Hotel',
    nameLocal: '五四广场海景酒店',
    address: '9 Donghai West Road, Shinan District, Qingdao',
    addressLocal: '青岛市市南区东海西路9号',
    phone: '+86 532 6555 0900',
    notes: 'Two rooms check out early on 17 Nov.',
  },
  shanghai: {
    name: "Jing'an Garden Hotel",
    nameLocal: '静安花园酒店',
    address: "1188 Nanjing West Road, Jing'an District, Shanghai",
    addressLocal: '上海市静安区南京西路1188号',
    phone: '+86 21 6555 1188',
    notes: 'Closing reception in the Garden Ballroom.',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Travel: one row a flight or train; departure in the zone of where it leaves, arrival where it lands

interface SegmentRow {
  from: CityKey | 'home';
  to: CityKey | 'home';
  mode: TravelMode;
  carrier: string;
  number: string;
  departs: { local: LocalDateTime; zone: string; place: string };
  arrives: { local: LocalDateTime; zone: string; place: string };
  bookingReference: string;
  notes: string;
  /** 'everyone' for the people on the route at that point. */
  travellers: 'everyone' | readonly PersonKey[];
}

const SEGMENTS: readonly SegmentRow[] = [
  {
    from: 'home',
    to: 'kunming',
    mode: 'flight',
    carrier: 'Hainan Airlines',
    number: 'HU7908',
    departs: { local: '2016-11-05T13:15', zone: HOME_ZONE, place: 'Manchester Airport T2' },
    arrives: { local: '2016-11-06T06:55', zone: CHINA_ZONE, place: 'Beijing Capital International Airport T2' },
    bookingReference: 'HX7Q2M',
    notes: 'Overnight. Connects in Beijing to HU7279; bags checked through to Kunming.',
    travellers: 'everyone',
  },
  {
    from: 'home',
    to: 'kunming',
    mode: 'flight',
    carrier: 'Hainan Airlines',
    number: 'HU7279',
    departs: { local: '2016-11-06T09:50', zone: CHINA_ZONE, place: 'Beijing Capital International Airport T1' },
    arrives: { local: '2016-11-06T13:45', zone: CHINA_ZONE, place: 'Kunming Changshui International Airport' },
    bookingReference: 'HX7Q2M',
    notes: 'Transfer bus from T2 to T1. Met at arrivals by the Kunming Foreign Affairs Office.',
    travellers: 'everyone',
  },
  {
    from: 'kunming',
    to: 'chongqing',
    mode: 'flight',
    carrier: 'China Eastern Airlines',
    number: 'MU5857',
    departs: { local: '2016-11-09T10:20', zone: CHINA_ZONE, place: 'Kunming Changshui International Airport' },
    arrives: { local: '2016-11-09T11:35', zone: CHINA_ZONE, place: 'Chongqing Jiangbei International Airport T2' },
    bookingReference: 'KC4T8N',
    notes: '',
    travellers: 'everyone',
  },
  {
    from: 'chongqing',
    to: 'tianjin',
    mode: 'flight',
    carrier: 'Tianjin Airlines',
    number: 'GS7569',
    departs: { local: '2016-11-11T09:25', zone: CHINA_ZONE, place: 'Chongqing Jiangbei International Airport T2' },
    arrives: { local: '2016-11-11T11:55', zone: CHINA_ZONE, place: 'Tianjin Binhai International Airport T2' },
    bookingReference: 'CT9L3P',
    notes: 'Zhengxin Group sends a coach to the airport.',
    travellers: 'everyone',
  },
  {
    from: 'home',
    to: 'beijing',
    mode: 'flight',
    carrier: 'Hainan Airlines',
    number: 'HU7908',
    departs: { local: '2016-11-12T13:15', zone: HOME_ZONE, place: 'Manchester Airport T2' },
    arrives: { local: '2016-11-13T06:55', zone: CHINA_ZONE, place: 'Beijing Capital International Airport T2' },
    bookingReference: 'HZ4R9K',
    notes: 'Overnight. Car to the Jianguomen Garden Hotel booked.',
    travellers: ['harland', 'gallagher', 'price'],
  },
  {
    from: 'tianjin',
    to: 'beijing',
    mode: 'train',
    carrier: 'China Railway',
    number: 'C2014',
    departs: { local: '2016-11-13T10:00', zone: CHINA_ZONE, place: 'Tianjin Railway Station' },
    arrives: { local: '2016-11-13T10:33', zone: CHINA_ZONE, place: 'Beijing South Railway Station' },
    bookingReference: 'E538210447',
    notes: 'Beijing–Tianjin intercity train, second class. Luggage follows by coach.',
    travellers: 'everyone',
  },
  {
    from: 'beijing',
    to: 'qingdao',
    mode: 'train',
    carrier: 'China Railway',
    number: 'G185',
    departs: { local: '2016-11-15T09:00', zone: CHINA_ZONE, place: 'Beijing South Railway Station' },
    arrives: { local: '2016-11-15T13:52', zone: CHINA_ZONE, place: 'Qingdao Railway Station' },
    bookingReference: 'E617402913',
    notes: 'High-speed train, first class. Bring passports to collect tickets.',
    travellers: 'everyone',
  },
  {
    from: 'qingdao',
    to: 'home',
    mode: 'flight',
    carrier: 'Hainan Airlines',
    number: 'HU7152',
    departs: { local: '2016-11-17T07:40', zone: CHINA_ZONE, place: 'Qingdao Liuting International Airport' },
    arrives: { local: '2016-11-17T09:05', zone: CHINA_ZONE, place: 'Beijing Capital International Airport T1' },
    bookingReference: 'HQ8M2D',
    notes: 'Connects in Beijing to HU7907; bags checked through to Manchester.',
    travellers: ['kerr', 'brennan'],
  },
  {
    from: 'qingdao',
    to: 'home',
    mode: 'flight',
    carrier: 'Hainan Airlines',
    number: 'HU7907',
    departs: { local: '2016-11-17T13:30', zone: CHINA_ZONE, place: 'Beijing Capital International Airport T2' },
    arrives: { local: '2016-11-17T17:20', zone: HOME_ZONE, place: 'Manchester Airport T2' },
    bookingReference: 'HQ8M2D',
    notes: '',
    travellers: ['kerr', 'brennan'],
  },
  {
    from: 'qingdao',
    to: 'shanghai',
    mode: 'flight',
    carrier: 'China Eastern Airlines',
    number: 'MU5516',
    departs: { local: '2016-11-17T11:05', zone: CHINA_ZONE, place: 'Qingdao Liuting International Airport' },
    arrives: { local: '2016-11-17T12:40', zone: CHINA_ZONE, place: 'Shanghai Hongqiao International Airport T2' },
    bookingReference: 'QS2V6H',
    notes: '',
    travellers: 'everyone',
  },
  {
    from: 'shanghai',
    to: 'home',
    mode: 'flight',
    carrier: 'China Eastern Airlines',
    number: 'MU551',
    departs: { local: '2016-11-19T13:05', zone: CHINA_ZONE, place: 'Shanghai Pudong International Airport T1' },
    arrives: { local: '2016-11-19T17:35', zone: HOME_ZONE, place: 'London Heathrow T4' },
    bookingReference: 'SL5J7W',
    notes: 'Coach from Heathrow to Liverpool booked by Invest Liverpool.',
    travellers: 'everyone',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The programme: engagements in each city, in Beijing time, and what they left to do

interface EngagementRow<K extends string = string> {
  key: K;
  city: CityKey;
  kind: EngagementKind;
  title: string;
  start: LocalDateTime;
  end: LocalDateTime;
  venue: Venue;
  organisations: readonly OrganisationKey[];
  contacts: readonly ContactKey[];
  /** Adjustments to "everyone present at the stop". */
  added?: readonly PersonKey[];
  removed?: readonly PersonKey[];
  status?: EngagementStatus;
  interpreterNeeded: boolean;
  dressCode?: string;
  gifts?: string;
  objectives?: string;
  briefingNotes?: string;
  outcome?: string;
}

/** A room in the stop's hotel. */
const atHotel = (city: CityKey, room: string, roomLocal: string): Venue => ({
  name: `${HOTELS[city].name}, ${room}`,
  nameLocal: `${HOTELS[city].nameLocal}${roomLocal}`,
  address: HOTELS[city].address,
  addressLocal: HOTELS[city].addressLocal,
});

const ENGAGEMENT_TABLE = [
  {
    key: 'kunmingBanquet',
    city: 'kunming',
    kind: 'banquet',
    title: 'Welcome banquet hosted by the Kunming Municipal Government',
    start: '2016-11-06T19:00',
    end: '2016-11-06T21:00',
    venue: atHotel('kunming', 'Yunnan Hall', '云南厅'),
    organisations: ['kunmingForeignAffairs'],
    contacts: ['liWei', 'yangXue'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    gifts: 'Framed print of the Liverpool waterfront from the Mayor; Wirral crystal bowl from Cllr Davies.',
    objectives: 'Thank Kunming for its delegation and Yunnan exhibition at IFB 2016; open the programme.',
    briefingNotes:
      'Toasts by the Mayor, then Cllr Davies; speeches are interpreted consecutively, so keep them under three ' +
      'minutes. Halal, vegetarian and nut-free dishes ordered.',
  },
  {
    key: 'yunnanForum',
    city: 'kunming',
    kind: 'forum',
    title: 'Yunnan – Liverpool City Region business forum',
    start: '2016-11-07T09:30',
    end: '2016-11-07T12:00',
    venue: {
      name: 'Spring City Conference Centre',
      nameLocal: '春城会议中心',
      address: 'Beijing Road, Panlong District, Kunming',
      addressLocal: '昆明市盘龙区北京路',
    },
    organisations: ['kunmingForeignAffairs'],
    contacts: ['yangXue'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    objectives:
      'Present the city region to Yunnan businesses, following up the Yunnan exhibition in Liverpool ONE at ' +
      'IFB 2016; invite Yunnan companies to the next festival.',
    briefingNotes:
      'Ellen Cutler presents the city region (15 minutes, slides in English and Chinese), Dr Phoenix presents ' +
      'Sensor City; company delegates host tables afterwards. Bring 200 business cards each.',
  },
  {
    key: 'kunmingMeeting',
    city: 'kunming',
    kind: 'meeting',
    title: 'Meeting with the Kunming Municipal Foreign Affairs Office',
    start: '2016-11-08T10:00',
    end: '2016-11-08T11:30',
    venue: {
      name: 'Kunming Municipal Foreign Affairs Office',
      nameLocal: '昆明市人民政府外事办公室',
      address: 'Chenggong District, Kunming',
      addressLocal: '昆明市呈贡区',
    },
    organisations: ['kunmingForeignAffairs'],
    contacts: ['liWei'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    objectives: 'Agree a calendar of business and cultural exchanges between Kunming and the city region.',
  },
  {
    key: 'liangjiangBriefing',
    city: 'chongqing',
    kind: 'meeting',
    title: 'Liangjiang New Area investment meeting',
    start: '2016-11-10T10:00',
    end: '2016-11-10T11:30',
    venue: {
      name: 'Liangjiang New Area Administrative Committee',
      nameLocal: '两江新区管理委员会',
      address: 'Yubei District, Chongqing',
      addressLocal: '重庆市渝北区',
    },
    organisations: ['liangjiang'],
    contacts: ['chenJing'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    gifts: 'Liverpool City Region investment prospectus in Chinese.',
    objectives: 'Present property and technology opportunities in the city region to the development zone.',
  },
  {
    key: 'chongqingRoundTable',
    city: 'chongqing',
    kind: 'meeting',
    title: 'Round-table with Chongqing property and technology investors',
    start: '2016-11-10T14:30',
    end: '2016-11-10T16:30',
    venue: atHotel('chongqing', 'Jialing Room', '嘉陵厅'),
    organisations: ['liangjiang'],
    contacts: ['chenJing'],
    removed: ['raman', 'lloyd'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    objectives: 'Introduce city region property and technology companies to investors invited by Liangjiang.',
    briefingNotes: 'Dr Raman and Professor Lloyd visit a Chongqing university laboratory that afternoon instead.',
  },
  {
    key: 'mouSigning',
    city: 'tianjin',
    kind: 'signing',
    title: 'Sensor City – Zhengxin Group MoU signing ceremony',
    start: '2016-11-12T10:00',
    end: '2016-11-12T11:00',
    venue: atHotel('tianjin', 'Binhai Room', '滨海厅'),
    organisations: ['zhengxin', 'sensorCity'],
    contacts: ['zhihuaFeng', 'wangLei'],
    status: 'confirmed',
    interpreterNeeded: true,
    dressCode: 'Business attire (dark suits for the photographs)',
    gifts: 'Commemorative Sensor City plaque for Zhengxin Group.',
    objectives:
      'Sign the Memorandum of Understanding for a Chinese Sensor City in Tianjin and an investment fund for ' +
      'early-stage businesses at Sensor City Liverpool and Chinese student entrepreneurs on Merseyside.',
    briefingNotes:
      'The Mayor of Liverpool attends and speaks; Zhihua Feng, executive vice president, speaks for Zhengxin ' +
      'Group. The partnership began with contacts made at the International Festival for Business 2016. Two ' +
      'originals, in English and Chinese. Press release goes out after the ceremony.',
    outcome:
      'MoU signed. Zhengxin Group plans a Chinese Sensor City in Tianjin offering hands-on support to British ' +
      'businesses expanding into China, and an investment fund for early-stage businesses at Sensor City and ' +
      'Chinese student entrepreneurs on Merseyside. Ratification expected in early 2017.',
  },
  {
    key: 'tianjinSiteVisit',
    city: 'tianjin',
    kind: 'site-visit',
    title: 'Visit to the proposed site of the Chinese Sensor City',
    start: '2016-11-12T14:30',
    end: '2016-11-12T16:30',
    venue: {
      name: 'Proposed Sensor City site',
      nameLocal: '',
      address: 'Shown by Zhengxin Group; coach leaves the hotel at 14:00',
      addressLocal: '',
    },
    organisations: ['zhengxin'],
    contacts: ['wangLei'],
    interpreterNeeded: true,
    dressCode: 'Smart casual, flat shoes',
    objectives: "See the site and Tianjin's high-end manufacturing base; note openings for city region firms.",
  },
  {
    key: 'embassyBriefing',
    city: 'beijing',
    kind: 'briefing',
    title: 'Trade briefing at the British Embassy',
    start: '2016-11-13T15:00',
    end: '2016-11-13T16:30',
    venue: {
      name: 'British Embassy Beijing',
      nameLocal: '英国驻华大使馆',
      address: '11 Guanghua Road, Chaoyang District, Beijing',
      addressLocal: '北京市朝阳区光华路11号',
    },
    organisations: ['britishEmbassy'],
    contacts: ['sarahWhitfield'],
    removed: ['zhang'],
    interpreterNeeded: false,
    dressCode: 'Business attire; bring passports for security',
    objectives:
      'Market briefing from the Department for International Trade team; brings the delegates who join in ' +
      'Beijing up to date.',
    briefingNotes: 'In English; the interpreter has the afternoon off.',
  },
  {
    key: 'zhongguancunMeeting',
    city: 'beijing',
    kind: 'meeting',
    title: 'Meeting at Zhongguancun Science Park',
    start: '2016-11-14T10:00',
    end: '2016-11-14T11:30',
    venue: {
      name: 'Zhongguancun Science Park Administrative Committee',
      nameLocal: '中关村科技园区管理委员会',
      address: 'Haidian District, Beijing',
      addressLocal: '北京市海淀区',
    },
    organisations: ['zhongguancun'],
    contacts: ['zhaoMin'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    objectives: 'Explore a soft-landing programme for city region technology companies in Beijing.',
    outcome: 'Zhongguancun to propose a soft-landing package; Sensor City to share its start-up programme.',
  },
  {
    key: 'alumniReception',
    city: 'beijing',
    kind: 'banquet',
    title: 'Reception for Beijing alumni of the Liverpool universities',
    start: '2016-11-14T18:30',
    end: '2016-11-14T20:30',
    venue: atHotel('beijing', 'Garden Room', '花园厅'),
    organisations: ['universityOfLiverpool', 'ljmu'],
    contacts: [],
    interpreterNeeded: false,
    dressCode: 'Smart casual',
    objectives: 'Meet graduates working in Beijing business and government who could champion the city region.',
  },
  {
    key: 'qingdaoMeeting',
    city: 'qingdao',
    kind: 'meeting',
    title: 'Meeting with the Qingdao Municipal Bureau of Commerce',
    start: '2016-11-16T10:00',
    end: '2016-11-16T11:30',
    venue: {
      name: 'Qingdao Municipal Bureau of Commerce',
      nameLocal: '青岛市商务局',
      address: 'Shinan District, Qingdao',
      addressLocal: '青岛市市南区',
    },
    organisations: ['qingdaoCommerce'],
    contacts: ['sunHao'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    gifts: 'Mersey ferries print for the Deputy Director.',
    objectives: 'Port, maritime and logistics links between Qingdao and both banks of the Mersey.',
    outcome: 'Bureau interested in port logistics partners on the Wirral; asked for introductions.',
  },
  {
    key: 'shanghaiFreeTime',
    city: 'shanghai',
    kind: 'free-time',
    title: 'Free afternoon',
    start: '2016-11-17T15:00',
    end: '2016-11-17T18:00',
    venue: { name: '', nameLocal: '', address: '', addressLocal: '' },
    organisations: [],
    contacts: [],
    interpreterNeeded: false,
  },
  {
    key: 'zhangjiangVisit',
    city: 'shanghai',
    kind: 'site-visit',
    title: 'Visit to Zhangjiang Hi-Tech Park',
    start: '2016-11-18T09:30',
    end: '2016-11-18T12:00',
    venue: {
      name: 'Zhangjiang Hi-Tech Park',
      nameLocal: '张江高科技园区',
      address: 'Pudong New Area, Shanghai',
      addressLocal: '上海市浦东新区',
    },
    organisations: ['zhangjiang'],
    contacts: ['xuYan'],
    interpreterNeeded: true,
    dressCode: 'Smart casual',
    objectives: 'Compare incubation models with Sensor City and the universities; meet sensor start-ups.',
  },
  {
    key: 'shanghaiReception',
    city: 'shanghai',
    kind: 'banquet',
    title: 'Liverpool City Region closing reception',
    start: '2016-11-18T18:30',
    end: '2016-11-18T21:00',
    venue: atHotel('shanghai', 'Garden Ballroom', '花园宴会厅'),
    organisations: ['zhangjiang'],
    contacts: ['xuYan'],
    interpreterNeeded: true,
    dressCode: 'Business attire',
    objectives: "Thank the mission's partners; closing remarks by the Mayor and Cllr Davies.",
  },
] as const satisfies readonly EngagementRow[];

type EngagementKey = (typeof ENGAGEMENT_TABLE)[number]['key'];
const ENGAGEMENTS: readonly EngagementRow<EngagementKey>[] = ENGAGEMENT_TABLE;

interface FollowUpRow {
  engagement: EngagementKey;
  description: string;
  owner: string;
  dueDate: IsoDate | null;
  done: boolean;
}

const FOLLOW_UPS: readonly FollowUpRow[] = [
  {
    engagement: 'mouSigning',
    description: 'Send the signed MoU to both universities and agree the timetable for ratification in early 2017.',
    owner: 'Dr Joanne Phoenix (Sensor City)',
    dueDate: '2016-12-09',
    done: true,
  },
  {
    engagement: 'mouSigning',
    description: "Agree draft terms for Zhengxin Group's investment fund for early-stage businesses at Sensor City.",
    owner: 'Sensor City business development',
    dueDate: '2017-01-31',
    done: false,
  },
  {
    engagement: 'qingdaoMeeting',
    description: 'Introduce the Qingdao Municipal Bureau of Commerce to port and logistics businesses on the Wirral.',
    owner: 'Karen Doyle (Wirral Council)',
    dueDate: '2016-12-16',
    done: false,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Building the bundle

export interface SampleTripOptions {
  /** ISO instant used for every createdAt and updatedAt. */
  now: string;
  newId: () => Id;
}

/** One fresh id for each row of a table, by the row's key. */
function idsByKey<K extends string>(rows: readonly { key: K }[], newId: () => Id): Record<K, Id> {
  return Object.fromEntries(rows.map((row) => [row.key, newId()])) as Record<K, Id>;
}

/**
 * The Liverpool City Region trade mission to China, November 2016, as a complete bundle marked `sample`:
 * six stops, travel, hotels, about twenty delegates, the partner directory and the programme. Every id comes
 * from `newId`, so building twice with the same id source gives the same bundle.
 */
export function buildSampleTrip({ now, newId }: SampleTripOptions): TripBundle {
  const tripId = newId();
  const stopIds = idsByKey(ROUTE, newId);
  const organisationIds = idsByKey(ORGANISATIONS, newId);
  const contactIds = idsByKey(CONTACTS, newId);
  const personIds = idsByKey(PEOPLE, newId);
  const engagementIds = idsByKey(ENGAGEMENTS, newId);

  const calendar = (): CalendarIdentity => ({ uid: `${newId()}@delegation-planner`, sequence: 0 });
  const stopIdOf = (place: CityKey | 'home'): Id | null => (place === 'home' ? null : stopIds[place]);
  const roomsAt = (city: CityKey): number => PEOPLE.filter((person) => person.attends.includes(city)).length;

  const trip: Trip = {
    id: tripId,
    name: 'Liverpool City Region trade mission to China',
    purpose:
      'Strengthen international relations and explore business and investment opportunities in China for the ' +
      'Liverpool City Region. The first joint international visit of the Mayor of Liverpool and the Leader of ' +
      'Wirral Council, and part of a city-region-wide approach to inward investment led by Invest Liverpool: ' +
      'marketing, property and technology companies, universities and Chambers of Commerce looking for new ' +
      'markets, clients, partners and investment.',
    homeZone: HOME_ZONE,
    home: { name: 'Liverpool', country: 'GB', latitude: 53.4084, longitude: -2.9916 },
    startDate: '2016-11-05',
    endDate: '2016-11-19',
    status: 'completed',
    notes:
      "Sample data to show how a mission is planned, based on public reports of the Liverpool City Region's " +
      'November 2016 trade mission to China. Other delegates, companies, hotels, flights, bookings and partner ' +
      'contacts are invented. Remove the sample from the menu when you no longer need it.',
    conflictBufferMinutes: DEFAULT_BUFFER_MINUTES,
    sample: true,
    createdAt: now,
    updatedAt: now,
  };

  const stops: City[] = ROUTE.map((row, position) => ({
    id: stopIds[row.key],
    tripId,
    position,
    name: row.name,
    nameLocal: row.nameLocal,
    country: 'CN',
    timeZone: CHINA_ZONE,
    latitude: row.latitude,
    longitude: row.longitude,
    arrivalDate: row.arrivalDate,
    departureDate: row.departureDate,
    notes: row.notes,
  }));

  const segments: Journey[] = SEGMENTS.map((row) => ({
    id: newId(),
    tripId,
    fromStopId: stopIdOf(row.from),
    toStopId: stopIdOf(row.to),
    mode: row.mode,
    carrier: row.carrier,
    number: row.number,
    departure: zonedTimeOrThrow(row.departs.local, row.departs.zone),
    arrival: zonedTimeOrThrow(row.arrives.local, row.arrives.zone),
    departurePlace: row.departs.place,
    arrivalPlace: row.arrives.place,
    bookingReference: row.bookingReference,
    notes: row.notes,
    travellerIds: row.travellers === 'everyone' ? null : row.travellers.map((key) => personIds[key]),
    calendar: calendar(),
  }));

  const accommodations: Hotel[] = ROUTE.map((stop) => {
    const hotel = HOTELS[stop.key];
    return {
      id: newId(),
      tripId,
      stopId: stopIds[stop.key],
      name: hotel.name,
      nameLocal: hotel.nameLocal,
      address: hotel.address,
      addressLocal: hotel.addressLocal,
      phone: hotel.phone,
      checkInDate: stop.arrivalDate,
      checkOutDate: stop.departureDate,
      notes: `${roomsAt(stop.key)} single rooms on the group booking; breakfast included. ${hotel.notes}`,
      calendar: calendar(),
    };
  });

  const organisations: Organisation[] = ORGANISATIONS.map((row) => ({
    id: organisationIds[row.key],
    name: row.name,
    nameLocal: row.nameLocal ?? '',
    type: row.type,
    sector: row.sector,
    city: row.city,
    country: row.country,
    website: row.website ?? '',
    address: row.address ?? '',
    addressLocal: row.addressLocal ?? '',
    notes: row.notes ?? '',
    tags: [...row.tags],
    archived: false,
    sample: true,
    createdAt: now,
    updatedAt: now,
  }));

  const contacts: Contact[] = CONTACTS.map((row) => ({
    id: contactIds[row.key],
    organisationId: organisationIds[row.organisation],
    name: row.name,
    nameLocal: row.nameLocal,
    title: row.title,
    email: row.email,
    phone: row.phone,
    wechat: row.wechat,
    languages: [...row.languages],
    notes: row.notes ?? '',
    sample: true,
  }));

  const organisationName = (key: OrganisationKey | null): string =>
    ORGANISATIONS.find((row) => row.key === key)?.name ?? '';
  const people: Person[] = PEOPLE.map((row) => ({
    id: personIds[row.key],
    name: row.name,
    nameLocal: row.nameLocal ?? '',
    organisationId: row.organisation === null ? null : organisationIds[row.organisation],
    organisationName: row.organisationName ?? organisationName(row.organisation),
    jobTitle: row.jobTitle,
    email: row.email,
    phone: row.phone,
    dietary: row.dietary ?? '',
    accessibility: row.accessibility ?? '',
    nationality: row.nationality,
    passportExpiry: row.passportExpiry,
    visaStatus: row.visaStatus,
    emergencyContact: row.emergencyContact,
    notes: row.notes ?? '',
    sample: true,
    createdAt: now,
    updatedAt: now,
  }));

  const memberships: Membership[] = PEOPLE.map((row) => ({
    id: newId(),
    tripId,
    personId: personIds[row.key],
    role: row.role,
    stopIds: row.attends.map((city) => stopIds[city]),
    notes: row.membershipNotes ?? '',
    calendarExportedAt: null,
  }));

  const engagements: Engagement[] = ENGAGEMENTS.map((row) => ({
    id: engagementIds[row.key],
    tripId,
    stopId: stopIds[row.city],
    kind: row.kind,
    title: row.title,
    start: zonedTimeOrThrow(row.start, CHINA_ZONE),
    end: zonedTimeOrThrow(row.end, CHINA_ZONE),
    venue: { ...row.venue },
    organisationIds: row.organisations.map((key) => organisationIds[key]),
    contactIds: row.contacts.map((key) => contactIds[key]),
    addedAttendeeIds: (row.added ?? []).map((key) => personIds[key]),
    removedAttendeeIds: (row.removed ?? []).map((key) => personIds[key]),
    status: row.status ?? 'confirmed',
    interpreterNeeded: row.interpreterNeeded,
    dressCode: row.dressCode ?? '',
    gifts: row.gifts ?? '',
    objectives: row.objectives ?? '',
    briefingNotes: row.briefingNotes ?? '',
    outcome: row.outcome ?? '',
    calendar: calendar(),
    createdAt: now,
    updatedAt: now,
  }));

  const followUps: FollowUp[] = FOLLOW_UPS.map((row) => ({
    id: newId(),
    tripId,
    engagementId: engagementIds[row.engagement],
    description: row.description,
    owner: row.owner,
    dueDate: row.dueDate,
    done: row.done,
    createdAt: now,
  }));

  return {
    trip,
    stops,
    segments,
    accommodations,
    memberships,
    engagements,
    followUps,
    acknowledgements: [],
    organisations,
    contacts,
    people,
  };
}
