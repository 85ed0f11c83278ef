#pragma once

#include <QStringList>

namespace cm {

// What a district's PostgreSQL server holds besides the schools' own tables
// (core/Migrations.cpp): the schema version, the schools, which login role may
// open which school, the district office, the schools' aggregate figures,
// the three group roles and the row-level security that makes a school's rows
// invisible and unwritable to every role not granted it. Run by
// Storage::initDistrict() in one transaction; safe to run again.
namespace DistrictSchema {

// Before the migrations: the district's own tables, functions and roles.
QStringList bootstrap();
// After them: grants and policies for the district's tables and for every
// school-owned table (each has a school_id column).
QStringList security(const QStringList& schoolTables);

} // namespace DistrictSchema

} // namespace cm
