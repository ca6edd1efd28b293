-- Vietnamese order with numbers compared as numbers ("Chi bộ 2" before "Chi bộ 10"), for unit names
-- in the dashboard's lists. ICU is already required (queries use "vi-x-icu").
CREATE COLLATION IF NOT EXISTS vi_natural (provider = icu, locale = 'vi-VN-u-kn-true');
