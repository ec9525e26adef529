// A small hand-made gazetteer for metadata tests: names repeat across counties on purpose.
import { createGazetteer } from '../gazetteer';
import type { Gazetteer, GazetteerTown } from '../types';

const town = (code: string, name: string, county: string, city: string, province: string): GazetteerTown => ({ code, name, county, city, province });

export function smallGazetteer(): Gazetteer {
	return createGazetteer(
		[
			town('100101101', '青石镇', '东山县', '甲市', '甲省'),
			town('200202102', '青石镇', '西河市', '乙市', '乙省'),
			town('300303103', '白沙乡', '南岭县', '丙市', '丙省'),
			town('400404104', '河口街道', '北湖区', '丁市', '丁省'),
			town('400404105', '河口街道', '北湖区', '戊市', '戊省'),
			town('500505106', '图门苏木', '草原旗', '己盟', '己区'),
			town('600606107', '云台镇', '海宁市', '庚市', '庚省')
		],
		[
			{ name: '东山县', city: '甲市', province: '甲省' },
			{ name: '西河市', city: '乙市', province: '乙省' },
			{ name: '南岭县', city: '丙市', province: '丙省' },
			{ name: '北湖区', city: '丁市', province: '丁省' },
			{ name: '北湖区', city: '戊市', province: '戊省' },
			{ name: '草原旗', city: '己盟', province: '己区' },
			{ name: '海宁市', city: '庚市', province: '庚省' },
			{ name: '石门县', city: '辛市', province: '辛省' },
			{ name: '新城区', city: '壬市', province: '壬省' }
		]
	);
}
