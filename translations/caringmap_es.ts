<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MatchApplyCommand</name>
    <message numerus="yes">
        <source>Apply %n go-to adult match(es)</source>
        <translation>
            <numerusform>Asignar %n adulto de referencia</numerusform>
            <numerusform>Asignar %n adultos de referencia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>cm</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>report mentor needs --adult ID</source>
        <translation>report mentor necesita --adult ID</translation>
    </message>
    <message>
        <source>--adult is for the mentor report only</source>
        <translation>--adult solo sirve para el informe mentor</translation>
    </message>
    <message>
        <source>report needs --output FILE.pdf</source>
        <translation>report necesita --output ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>--group-by is for the unconnected report only</source>
        <translation>--group-by solo sirve para el informe unconnected</translation>
    </message>
    <message>
        <source>--group-by takes grade|homeroom, not &apos;%1&apos;</source>
        <translation>--group-by admite grade|homeroom, no «%1»</translation>
    </message>
    <message>
        <source>--page-size takes letter|a4, not &apos;%1&apos;</source>
        <translation>--page-size admite letter|a4, no «%1»</translation>
    </message>
    <message>
        <source>unknown adult id &quot;%1&quot;</source>
        <translation>no hay ningún adulto con el ID «%1»</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages): the go-to students of %3.</source>
        <translation>Se ha escrito %1 (%2 páginas): los estudiantes de los que %3 es adulto de referencia.</translation>
    </message>
    <message>
        <source>Clear marks for %1</source>
        <translation>Borrar las marcas de %1</translation>
    </message>
    <message>
        <source>Mark %1 connected</source>
        <translation>Marcar a %1 con conexión</translation>
    </message>
    <message>
        <source>Unmark %1 connected</source>
        <translation>Quitar la conexión de %1</translation>
    </message>
    <message>
        <source>Mark %1 may benefit</source>
        <translation>Marcar que %1 puede beneficiarse</translation>
    </message>
    <message>
        <source>Unmark %1 may benefit</source>
        <translation>Quitar «puede beneficiarse» de %1</translation>
    </message>
    <message>
        <source>Edit the note for %1</source>
        <translation>Editar la nota de %1</translation>
    </message>
    <message>
        <source>Percent connected</source>
        <translation>% con conexión</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, round %3): %4 of %5 students are known to adults but named nobody.</source>
        <translation>Se escribió %1 (%2 páginas, ronda %3): %4 de %5 estudiantes son conocidos por adultos pero no nombraron a nadie.</translation>
    </message>
    <message>
        <source>Student voice, %1: %2 of %3 active students answered; %4 named at least one adult.</source>
        <translation>Voz del estudiante, %1: respondieron %2 de %3 estudiantes activos; %4 nombraron al menos a un adulto.</translation>
    </message>
    <message>
        <source>adults marked them, they named nobody: act here first</source>
        <translation>los marcaron adultos, no nombraron a nadie: actuar aquí primero</translation>
    </message>
    <message>
        <source>no adult marked them and they named nobody</source>
        <translation>ningún adulto los marcó y no nombraron a nadie</translation>
    </message>
    <message>
        <source>they named an adult who did not mark them: ask that adult</source>
        <translation>nombraron a un adulto que no los marcó: preguntar a ese adulto</translation>
    </message>
    <message>
        <source>adults marked them and they named an adult</source>
        <translation>los marcaron adultos y nombraron a un adulto</translation>
    </message>
    <message>
        <source>no answer this round</source>
        <translation>sin respuesta en esta ronda</translation>
    </message>
    <message>
        <source>Unresolved names, not counted: %1</source>
        <translation>Nombres sin resolver, no contados: %1</translation>
    </message>
    <message>
        <source>staff: %5 · named: %6%7</source>
        <translation>personal: %5 · nombró: %6%7</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source> (unresolved: %1)</source>
        <translation> (sin resolver: %1)</translation>
    </message>
    <message>
        <source>survey import needs one FILE.csv or FILE.xlsx</source>
        <translation>survey import necesita un FILE.csv o FILE.xlsx</translation>
    </message>
    <message>
        <source>--encoding takes utf-8 or windows-1252</source>
        <translation>--encoding admite utf-8 o windows-1252</translation>
    </message>
    <message>
        <source> (nothing was imported)</source>
        <translation> (no se importó nada)</translation>
    </message>
    <message>
        <source>Preview of the survey %1 (nothing was changed): </source>
        <translation>Vista previa de la encuesta %1 (no se cambió nada): </translation>
    </message>
    <message>
        <source>Imported the survey %1: </source>
        <translation>Encuesta %1 importada: </translation>
    </message>
    <message>
        <source>%1 answered in %2 (round %3); %4 stored</source>
        <translation>respondieron %1 en %2 (ronda %3); %4 guardadas</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>, %1 kept as they were (a later answer was stored already)</source>
        <translation>, %1 se dejaron como estaban (ya había una respuesta posterior guardada)</translation>
    </message>
    <message>
        <source>answer was</source>
        <translation>respuesta fue</translation>
    </message>
    <message>
        <source>answers were</source>
        <translation>respuestas fueron</translation>
    </message>
    <message>
        <source> replaced by the same student&apos;s later answer.</source>
        <translation> sustituida(s) por una respuesta posterior del mismo estudiante.</translation>
    </message>
    <message>
        <source>Columns: student id &quot;%1&quot;; answers &quot;%2&quot;; time %3.</source>
        <translation>Columnas: ID del estudiante «%1»; respuestas «%2»; hora %3.</translation>
    </message>
    <message>
        <source>none (the later row stands)</source>
        <translation>ninguna (vale la fila posterior)</translation>
    </message>
    <message>
        <source>name is</source>
        <translation>nombre queda</translation>
    </message>
    <message>
        <source>names are</source>
        <translation>nombres quedan</translation>
    </message>
    <message>
        <source> unresolved and not counted: see &apos;caringmap survey unresolved&apos;.</source>
        <translation> sin resolver y no se cuentan: vea «caringmap survey unresolved».</translation>
    </message>
    <message>
        <source>A backup of the school before the import: %1</source>
        <translation>Copia de seguridad de la escuela antes de importar: %1</translation>
    </message>
    <message>
        <source>Unresolved names, %1: %2</source>
        <translation>Nombres sin resolver, %1: %2</translation>
    </message>
    <message>
        <source>no active adult by that name</source>
        <translation>ningún adulto activo con ese nombre</translation>
    </message>
    <message>
        <source>could be %1</source>
        <translation>podría ser %1</translation>
    </message>
    <message>
        <source>Settle one with: caringmap survey resolve &quot;TEXT&quot; ADULT_ID|none</source>
        <translation>Resuelva uno con: caringmap survey resolve &quot;TEXTO&quot; ID_ADULTO|none</translation>
    </message>
    <message>
        <source>survey resolve needs &quot;TEXT&quot; and ADULT_ID (or none)</source>
        <translation>survey resolve necesita &quot;TEXTO&quot; e ID_ADULTO (o none)</translation>
    </message>
    <message>
        <source>no current school adult</source>
        <translation>ningún adulto actual de la escuela</translation>
    </message>
    <message>
        <source>there is no adult with the id &quot;%1&quot;</source>
        <translation>no hay ningún adulto con el ID «%1»</translation>
    </message>
    <message>
        <source>%1 %2 is inactive (has left): answers naming them are not counted</source>
        <translation>%1 %2 está inactivo (ya no está en la escuela): las respuestas que lo nombran no se cuentan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now means %2 in every student&apos;s answer, in every round.</source>
        <translation>«%1» ahora significa %2 en la respuesta de cada estudiante, en todas las rondas.</translation>
    </message>
    <message>
        <source>--%1 does not apply to survey %2</source>
        <translation>--%1 no se aplica a survey %2</translation>
    </message>
    <message>
        <source>survey needs import, unresolved or resolve</source>
        <translation>survey necesita import, unresolved o resolve</translation>
    </message>
    <message>
        <source>--grade and --homeroom are for the unconnected report only</source>
        <translation>--grade y --homeroom son solo para el informe unconnected</translation>
    </message>
    <message>
        <source>--grade and --homeroom need a value</source>
        <translation>--grade y --homeroom necesitan un valor</translation>
    </message>
    <message>
        <source>no active student is in %1</source>
        <translation>ningún estudiante activo está en %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2 pages): the lists of %n go-to adult(s), one adult per page.</source>
        <translation>
            <numerusform>Se escribió %1 (%2 páginas): la lista de %n adulto de referencia, un adulto por página.</numerusform>
            <numerusform>Se escribió %1 (%2 páginas): las listas de %n adultos de referencia, un adulto por página.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages): %3.</source>
        <translation>Se escribió %1 (%2 páginas): %3.</translation>
    </message>
    <message>
        <source>students in %1</source>
        <translation>estudiantes de %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, round %3): %4 of %5 %6 have no caring adult connection.</source>
        <translation>Se escribió %1 (%2 páginas, ronda %3): %4 de %5 %6 no tienen conexión con ningún adulto de confianza.</translation>
    </message>
    <message>
        <source>report needs a kind: unconnected, marking-sheet, summary, voice, mentor or mentors</source>
        <translation>report necesita un tipo: unconnected, marking-sheet, summary, voice, mentor o mentors</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (unconnected, marking-sheet, summary, voice, mentor or mentors)</source>
        <translation>informe desconocido «%1» (unconnected, marking-sheet, summary, voice, mentor o mentors)</translation>
    </message>
</context>
<context>
    <name>cm::AddAdultCommand</name>
    <message>
        <source>Add adult %1</source>
        <translation>Añadir al adulto %1</translation>
    </message>
</context>
<context>
    <name>cm::AddStudentCommand</name>
    <message>
        <source>Add student %1</source>
        <translation>Añadir al estudiante %1</translation>
    </message>
</context>
<context>
    <name>cm::AdultDialog</name>
    <message>
        <source>Add an adult</source>
        <translation>Añadir un adulto</translation>
    </message>
    <message>
        <source>Edit adult</source>
        <translation>Editar adulto</translation>
    </message>
    <message>
        <source>Adult ID</source>
        <translation>ID del adulto</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Active (their marks count)</source>
        <translation>&amp;Activo (sus marcas cuentan)</translation>
    </message>
    <message>
        <source>Adult &amp;ID:</source>
        <translation>&amp;ID del adulto:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>Añadir adulto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s ID.</source>
        <translation>Escriba el ID del adulto.</translation>
    </message>
    <message>
        <source>Enter the adult&apos;s given and family name.</source>
        <translation>Escriba el nombre y los apellidos del adulto.</translation>
    </message>
    <message>
        <source>Adult ID %1 is already used by %2.</source>
        <translation>El ID de adulto %1 ya lo tiene %2.</translation>
    </message>
</context>
<context>
    <name>cm::AdultTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive (left)</source>
        <translation>Inactivo (se fue)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Adult ID</source>
        <translation>ID del adulto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Connected marks</source>
        <translation>Marcas de conexión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>cm::AdultsPage</name>
    <message>
        <source>Filter adults</source>
        <translation>Filtrar adultos</translation>
    </message>
    <message>
        <source>Filter by name, ID, role or email</source>
        <translation>Filtrar por nombre, ID, función o correo</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filtro de función</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Active adults</source>
        <translation>Adultos activos</translation>
    </message>
    <message>
        <source>Inactive adults</source>
        <translation>Adultos inactivos</translation>
    </message>
    <message>
        <source>All adults</source>
        <translation>Todos los adultos</translation>
    </message>
    <message>
        <source>&amp;Add adult…</source>
        <translation>&amp;Añadir adulto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>Add an adult</source>
        <translation>Añadir un adulto</translation>
    </message>
    <message>
        <source>Edit adult</source>
        <translation>Editar adulto</translation>
    </message>
    <message>
        <source>Deactivate adult</source>
        <translation>Desactivar adulto</translation>
    </message>
    <message>
        <source>Deactivate %1? Their marks are kept but no longer count; they count again if you reactivate them.</source>
        <translation>¿Desactivar a %1? Sus marcas se conservan pero dejan de contar; vuelven a contar si lo reactiva.</translation>
    </message>
    <message>
        <source>Add one &amp;adult…</source>
        <translation>Añadir un &amp;adulto…</translation>
    </message>
    <message>
        <source>This school has no adults yet. Import the staff roster (File › Import roster, or Import from a school system), or add adults one by one.</source>
        <translation>Este centro todavía no tiene adultos. Importe la lista del personal (Archivo › Importar listas, o Importar desde un sistema escolar) o añada los adultos uno a uno.</translation>
    </message>
    <message>
        <source>No adult matches these filters. Press Escape in the filter box or choose All roles and All adults.</source>
        <translation>Ningún adulto coincide con estos filtros. Pulse Escape en el filtro o elija Todas las funciones y Todos los adultos.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The chosen adult</source>
        <translation>El adulto elegido</translation>
    </message>
    <message>
        <source>History of the chosen adult</source>
        <translation>Historial del adulto elegido</translation>
    </message>
</context>
<context>
    <name>cm::ChartFactory</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Percent connected</source>
        <translation>% con conexión</translation>
    </message>
    <message>
        <source>Whole school: %1</source>
        <translation>Centro: %1</translation>
    </message>
    <message>
        <source>Caring adults per student</source>
        <translation>N.º de adultos de confianza</translation>
    </message>
    <message>
        <source>Percent connected by grade</source>
        <translation>% con conexión por curso</translation>
    </message>
    <message>
        <source>Percent connected by homeroom</source>
        <translation>% con conexión por tutoría</translation>
    </message>
    <message>
        <source>Equity: percent connected by student group</source>
        <translation>Equidad: % con conexión por colectivo</translation>
    </message>
    <message>
        <source>Change over rounds</source>
        <translation>Evolución por rondas</translation>
    </message>
    <message>
        <source>Participation: students each adult marked</source>
        <translation>Participación: estudiantes marcados por adulto</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Caring adults (0: none yet)</source>
        <translation>N.º de adultos (0: ninguno)</translation>
    </message>
    <message>
        <source>fewer than %1, not shown</source>
        <translation>menos de %1, no se muestra</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;%2 newly connected&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;%2 con conexión nueva&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Positive relationship</source>
        <translation>Relación positiva</translation>
    </message>
    <message>
        <source>May benefit</source>
        <translation>Puede beneficiarse</translation>
    </message>
    <message>
        <source>%1 (not marked yet)</source>
        <translation>%1 (aún no ha marcado)</translation>
    </message>
    <message>
        <source>Students marked</source>
        <translation>Estudiantes marcados</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Con conexión</translation>
    </message>
    <message>
        <source>Unconnected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Todo el centro</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>not shown (fewer than %1)</source>
        <translation>no se muestra (menos de %1)</translation>
    </message>
    <message>
        <source>Caring adults</source>
        <translation>Adultos de confianza</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Colectivo</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Newly connected</source>
        <translation>Con conexión nueva</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;&lt;small&gt;The %2 homerooms with the lowest share connected, of %n; every homeroom is in the numbers&lt;/small&gt;</source>
        <translation>
            <numerusform>%1&lt;br&gt;&lt;small&gt;Las %2 tutorías con menos conexión, de %n; todas las tutorías están en las cifras&lt;/small&gt;</numerusform>
            <numerusform>%1&lt;br&gt;&lt;small&gt;Las %2 tutorías con menos conexión, de %n; todas las tutorías están en las cifras&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Student group</source>
        <translation>Colectivo</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;&lt;small&gt;The %2 adults who marked most and the %2 who marked least, of %n; every adult is in the numbers&lt;/small&gt;</source>
        <translation>
            <numerusform>%1&lt;br&gt;&lt;small&gt;Los %2 adultos que más marcaron y los %2 que menos, de %n; todos los adultos están en las cifras&lt;/small&gt;</numerusform>
            <numerusform>%1&lt;br&gt;&lt;small&gt;Los %2 adultos que más marcaron y los %2 que menos, de %n; todos los adultos están en las cifras&lt;/small&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::ChartPanel</name>
    <message>
        <source>Copy numbers</source>
        <translation>Copiar cifras</translation>
    </message>
    <message>
        <source>Copy the numbers behind this chart as a table</source>
        <translation>Copiar como tabla las cifras de este gráfico</translation>
    </message>
    <message>
        <source>Save as PNG or PDF…</source>
        <translation>Guardar como PNG o PDF…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copy the numbers of %1</source>
        <translation>Copiar los números de %1</translation>
    </message>
    <message>
        <source>Save %1 as PNG or PDF</source>
        <translation>Guardar %1 como PNG o PDF</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Todavía no hay cifras.</translation>
    </message>
</context>
<context>
    <name>cm::Cli</name>
    <message>
        <source>no database at %1 (make one with &apos;caringmap demo&apos; or &apos;caringmap import&apos;)</source>
        <translation>no hay base de datos en %1 (cree una con «caringmap demo» o «caringmap import»)</translation>
    </message>
    <message>
        <source>Try &apos;caringmap --help&apos;.</source>
        <translation>Pruebe «caringmap --help».</translation>
    </message>
    <message>
        <source>make sure every student has at least one caring adult.</source>
        <translation>que cada estudiante tenga al menos un adulto de confianza.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>open the window</source>
        <translation>abre la ventana</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>the school&apos;s database (default: %1)</source>
        <translation>la base de datos de la escuela (por defecto: %1)</translation>
    </message>
    <message>
        <source>the language (default: Settings &gt; Language, else the system&apos;s)</source>
        <translation>el idioma (por defecto: Configuración &gt; Idioma; si no, el del sistema)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>muestra esta ayuda</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>muestra la versión</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (nothing changed), 2 usage mistake.</source>
        <translation>Códigos de salida: 0 hecho, 1 falló (no cambió nada), 2 error de uso.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>the output could not be written (%1)</source>
        <translation>no se pudo escribir la salida (%1)</translation>
    </message>
    <message>
        <source> - the disk is full</source>
        <translation>: el disco está lleno</translation>
    </message>
</context>
<context>
    <name>cm::CompareView</name>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Adults before</source>
        <translation>Adultos antes</translation>
    </message>
    <message>
        <source>Adults now</source>
        <translation>Adultos ahora</translation>
    </message>
    <message>
        <source>Why fragile</source>
        <translation>Por qué es frágil</translation>
    </message>
    <message>
        <source>Two rounds are needed to compare.</source>
        <translation>Hacen falta dos rondas para comparar.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (se fue)</translation>
    </message>
    <message>
        <source>Newly connected</source>
        <translation>Con conexión nueva</translation>
    </message>
    <message>
        <source>Lost their connection</source>
        <translation>Han perdido su conexión</translation>
    </message>
    <message>
        <source>Still unconnected</source>
        <translation>Siguen sin conexión</translation>
    </message>
    <message>
        <source>Fragile: one adult, or every adult leaving or gone</source>
        <translation>Frágil: un solo adulto, o todos sus adultos se van o ya se fueron</translation>
    </message>
    <message numerus="yes">
        <source>%n active student(s)</source>
        <translation>
            <numerusform>%n estudiante activo</numerusform>
            <numerusform>%n estudiantes activos</numerusform>
        </translation>
    </message>
    <message>
        <source>Students compared between the rounds</source>
        <translation>Estudiantes comparados entre las rondas</translation>
    </message>
    <message>
        <source>Earlier round</source>
        <translation>Ronda anterior</translation>
    </message>
    <message>
        <source>Later round</source>
        <translation>Ronda posterior</translation>
    </message>
    <message>
        <source>Choose two different rounds: a round compared with itself has no changes.</source>
        <translation>Elija dos rondas distintas: una ronda comparada consigo misma no tiene cambios.</translation>
    </message>
    <message>
        <source>Students whose connection changed between the rounds</source>
        <translation>Estudiantes cuya conexión cambió entre las rondas</translation>
    </message>
    <message numerus="yes">
        <source>Student voice: %n student(s) now agree with the staff</source>
        <translation>
            <numerusform>Voz del estudiante: %n estudiante ahora coincide con el personal</numerusform>
            <numerusform>Voz del estudiante: %n estudiantes ahora coinciden con el personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer agree</source>
        <translation>
            <numerusform>%n ya no coincide</numerusform>
            <numerusform>%n ya no coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 then %3 (%4)</source>
        <translation>%1: %2 y luego %3 (%4)</translation>
    </message>
</context>
<context>
    <name>cm::Dashboard</name>
    <message>
        <source>active students</source>
        <translation>estudiantes activos</translation>
    </message>
    <message>
        <source>have no caring adult yet</source>
        <translation>aún no tienen ningún adulto de confianza</translation>
    </message>
    <message>
        <source>have at least one caring adult</source>
        <translation>tienen al menos un adulto de confianza</translation>
    </message>
    <message>
        <source>No mapping round yet</source>
        <translation>Todavía no hay ninguna ronda de mapeo</translation>
    </message>
    <message>
        <source>%1 · round %2</source>
        <translation>%1 · ronda %2</translation>
    </message>
    <message>
        <source>Every active adult has marked at least one student.</source>
        <translation>Cada adulto activo ha marcado al menos a un estudiante.</translation>
    </message>
    <message>
        <source>Not marked anyone yet (%1): %2</source>
        <translation>Aún no han marcado a nadie (%1): %2</translation>
    </message>
    <message>
        <source>have exactly one caring adult</source>
        <translation>tienen un solo adulto de confianza</translation>
    </message>
    <message>
        <source>fragile: one adult, or all leaving</source>
        <translation>frágiles: un solo adulto, o todos se van</translation>
    </message>
    <message>
        <source>%1: no marks yet. The charts appear as soon as adults mark the students they know (the Mark page, or a marking sheet).</source>
        <translation>%1: todavía no hay marcas. Los gráficos aparecen en cuanto los adultos marcan a los estudiantes que conocen (la página Marcar o una hoja de marcado).</translation>
    </message>
    <message>
        <source>Dashboard: figures and charts</source>
        <translation>Panel: cifras y gráficos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cm::DueView</name>
    <message>
        <source>Record check-in…</source>
        <translation>Registrar seguimiento…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups due&lt;/b&gt; as of</source>
        <translation>&lt;b&gt;Seguimientos pendientes&lt;/b&gt; a fecha de</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Go-to adult</source>
        <translation>Adulto de referencia</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último seguimiento</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>first (about 4 weeks)</source>
        <translation>primero (unas 4 semanas)</translation>
    </message>
    <message>
        <source>second (about 2 months)</source>
        <translation>segundo (unos 2 meses)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due or overdue</source>
        <translation>
            <numerusform>%n seguimiento pendiente o atrasado</numerusform>
            <numerusform>%n seguimientos pendientes o atrasados</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Due as of</source>
        <translation>Pendientes a fecha de</translation>
    </message>
    <message>
        <source>Open &amp;Go-to adults</source>
        <translation>Abrir &amp;Adultos de referencia</translation>
    </message>
    <message>
        <source>No follow-ups are due as of %1; they appear %2 and %3 days after a go-to adult is assigned (Go-to adults page), and stay here until a check-in is recorded.</source>
        <translation>No hay seguimientos pendientes a %1; aparecen %2 y %3 días después de asignar un adulto de referencia (página Adultos de referencia) y siguen aquí hasta que se registra un seguimiento.</translation>
    </message>
    <message>
        <source>Follow-ups due as of</source>
        <translation>Seguimientos pendientes a fecha de</translation>
    </message>
</context>
<context>
    <name>cm::EditAdultCommand</name>
    <message>
        <source>Edit adult %1</source>
        <translation>Editar al adulto %1</translation>
    </message>
</context>
<context>
    <name>cm::EditStudentCommand</name>
    <message>
        <source>Edit student %1</source>
        <translation>Editar al estudiante %1</translation>
    </message>
</context>
<context>
    <name>cm::GuideDialog</name>
    <message>
        <source>&lt;h2&gt;How relationship mapping works&lt;/h2&gt;&lt;p&gt;The aim: every student has at least one adult at school who knows them and whom they would go to with a personal problem. Relationship mapping finds the students nobody knows that well yet, and gives each of them a go-to adult.&lt;/p&gt;&lt;h3&gt;1. Map (early in the year)&lt;/h3&gt;&lt;p&gt;Import the roster of students and adults (File › Import). In a staff meeting each adult opens &lt;b&gt;Mark&lt;/b&gt;, chooses their name and marks the students they have a &lt;b&gt;positive, trusting relationship&lt;/b&gt; with (Space), and those who &lt;b&gt;may benefit&lt;/b&gt; from one (Ctrl+Space). Private mode keeps the other adults&apos; marks hidden.&lt;/p&gt;&lt;h3&gt;2. Find the unconnected students&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Unconnected&lt;/b&gt; lists the students nobody marked; the status bar and the &lt;b&gt;Dashboard&lt;/b&gt; show how many, by grade and homeroom. Print the list for the counselors&apos; meeting.&lt;/p&gt;&lt;h3&gt;3. Pair each with a go-to adult&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Go-to adults&lt;/b&gt; suggests an adult for each unconnected student: first an adult who flagged them as &quot;may benefit&quot;, then one who teaches them, then volunteers. Change any row, then Apply. &lt;b&gt;Mentor lists&lt;/b&gt; shows and prints each adult&apos;s mentees.&lt;/p&gt;&lt;h3&gt;4. Follow up&lt;/h3&gt;&lt;p&gt;About 4 weeks and 2 months after a pairing, &lt;b&gt;Follow-up due&lt;/b&gt; lists the check-ins to make. Record each one; when the adult and the student have connected, record &quot;connected&quot; and the student leaves the unconnected list.&lt;/p&gt;&lt;h3&gt;5. Re-map later in the year&lt;/h3&gt;&lt;p&gt;Start a new round on the &lt;b&gt;Rounds&lt;/b&gt; page (for example in spring) and mark again. &lt;b&gt;Compare rounds&lt;/b&gt; shows who became connected and who lost a connection, and the cycle starts again for the students still unconnected.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cómo funciona el mapa de relaciones&lt;/h2&gt;&lt;p&gt;El objetivo: que cada estudiante tenga al menos un adulto en el centro que lo conozca y al que acudiría con un problema personal. El mapa de relaciones encuentra a los estudiantes a quienes nadie conoce así todavía y asigna a cada uno un adulto de referencia.&lt;/p&gt;&lt;h3&gt;1. Mapear (a principio de curso)&lt;/h3&gt;&lt;p&gt;Importe las listas de estudiantes y adultos (Archivo › Importar). En una reunión del personal, cada adulto abre &lt;b&gt;Marcar&lt;/b&gt;, elige su nombre y marca a los estudiantes con quienes tiene una &lt;b&gt;relación positiva y de confianza&lt;/b&gt; (Espacio) y a los que &lt;b&gt;pueden beneficiarse&lt;/b&gt; de una (Ctrl+Espacio). El modo privado oculta las marcas de los demás adultos.&lt;/p&gt;&lt;h3&gt;2. Encontrar a los estudiantes sin conexión&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Sin conexión&lt;/b&gt; muestra a los estudiantes que nadie ha marcado; la barra de estado y el &lt;b&gt;Panel&lt;/b&gt; indican cuántos son, por curso y tutoría. Imprima la lista para la reunión de orientación.&lt;/p&gt;&lt;h3&gt;3. Asignar a cada uno un adulto de referencia&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Adultos de referencia&lt;/b&gt; sugiere un adulto para cada estudiante sin conexión: primero un adulto que lo señaló como «puede beneficiarse», después uno que le da clase y después los voluntarios. Cambie las filas que quiera y pulse Aplicar. &lt;b&gt;Listas de mentores&lt;/b&gt; muestra e imprime los estudiantes de cada adulto.&lt;/p&gt;&lt;h3&gt;4. Hacer el seguimiento&lt;/h3&gt;&lt;p&gt;Unas 4 semanas y 2 meses después de cada asignación, &lt;b&gt;Seguimientos pendientes&lt;/b&gt; muestra los seguimientos que hay que hacer. Registre cada uno; cuando el adulto y el estudiante hayan conectado, registre «con conexión» y el estudiante sale de la lista de sin conexión.&lt;/p&gt;&lt;h3&gt;5. Volver a mapear más adelante&lt;/h3&gt;&lt;p&gt;Empiece una ronda nueva en la página &lt;b&gt;Rondas&lt;/b&gt; (por ejemplo, en primavera) y vuelva a marcar. &lt;b&gt;Comparar rondas&lt;/b&gt; muestra quién ha ganado una conexión y quién la ha perdido, y el ciclo vuelve a empezar con los estudiantes que siguen sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How relationship mapping works</source>
        <translation>Cómo funciona el mapa de relaciones</translation>
    </message>
</context>
<context>
    <name>cm::HistoryView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
</context>
<context>
    <name>cm::ImportWizard</name>
    <message>
        <source>Import roster</source>
        <translation>Importar listas</translation>
    </message>
    <message>
        <source>Where does the roster come from?</source>
        <translation>¿De dónde vienen las listas?</translation>
    </message>
    <message>
        <source>Nothing changes until the last step; a backup is made first.</source>
        <translation>No cambia nada hasta el último paso; antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Students: a spreadsheet saved as CSV</source>
        <translation>Estudiantes: una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>Staff: a spreadsheet saved as CSV</source>
        <translation>Personal: una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>OneRoster export (folder or .zip)</source>
        <translation>Exportación OneRoster (carpeta o .zip)</translation>
    </message>
    <message>
        <source>caringmap export folder</source>
        <translation>Carpeta exportada por caringmap</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (&quot;ANSI&quot;, older school systems)</source>
        <translation>Windows-1252 («ANSI», sistemas escolares antiguos)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>File or folder:</source>
        <translation>Archivo o carpeta:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>¿Qué es cada columna?</translation>
    </message>
    <message>
        <source>The first rows of the file. Choose a field for each column; columns left on &quot;ignore&quot; keep what is stored.</source>
        <translation>Las primeras filas del archivo. Elija un campo para cada columna; las columnas que se dejen en «ignorar» mantienen lo que ya está guardado.</translation>
    </message>
    <message>
        <source>Which school?</source>
        <translation>¿Qué centro?</translation>
    </message>
    <message>
        <source>A district export can hold several schools.</source>
        <translation>Una exportación del distrito puede incluir varios centros.</translation>
    </message>
    <message>
        <source>Also import demographics (sex, race, ethnicity) as student groups for equity breakdowns</source>
        <translation>Importar también los datos demográficos (sexo, raza, etnia) como colectivos de estudiantes para los análisis de equidad</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>Demographics are sensitive: take them only if the school will use the equity breakdowns.</source>
        <translation>Los datos demográficos son sensibles: impórtelos solo si el centro va a usar los análisis de equidad.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Qué va a cambiar</translation>
    </message>
    <message>
        <source>Counted by running the import and undoing it.</source>
        <translation>Calculado haciendo la importación y deshaciéndola.</translation>
    </message>
    <message>
        <source>Sync: this is the full roster; people missing from it become inactive (never deleted; their marks are kept)</source>
        <translation>Sincronizar: esta es la lista completa; quien no aparezca pasa a inactivo (nunca se borra; sus marcas se conservan)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta exportada</translation>
    </message>
    <message>
        <source>OneRoster export</source>
        <translation>Exportación OneRoster</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;CSV files (*.csv)</source>
        <translation>Archivos zip (*.zip);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Roster spreadsheet</source>
        <translation>Hoja de cálculo con la lista</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file or folder that exists.</source>
        <translation>Elija un archivo o una carpeta que exista.</translation>
    </message>
    <message>
        <source>This folder has no students.csv and adults.csv.</source>
        <translation>Esta carpeta no tiene students.csv ni adults.csv.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing will change.

%1</source>
        <translation>Este archivo no se puede importar; no cambiará nada.

%1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1: %2 nuevos, %3 actualizados, %4 sin cambios</translation>
    </message>
    <message>
        <source>    %1 no longer present (they will become inactive)</source>
        <translation>    %1 ya no aparecen (pasarán a inactivos)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Teaching links (who teaches whom): %1</source>
        <translation>Docencia (quién da clase a quién): %1</translation>
    </message>
    <message>
        <source>Student group memberships: %1</source>
        <translation>Pertenencias a colectivos de estudiantes: %1</translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation>Marcas: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>The file holds nobody to import.</source>
        <translation>El archivo no contiene a nadie que importar.</translation>
    </message>
    <message>
        <source>When the import changes a school that already has data, a backup is made first; File &gt; Restore backup puts it back.</source>
        <translation>Cuando la importación cambia un centro que ya tiene datos, antes se hace una copia de seguridad; Archivo &gt; Restaurar una copia de seguridad la recupera.</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>No se ha importado nada.

%1</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID del estudiante</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>ID del personal</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Active (yes/no)</source>
        <translation>Activo (sí/no)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Student group (e.g. IEP)</source>
        <translation>Colectivo (p. ej., ACNEE)</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>Required: %1. A column set to &quot;%2&quot; makes student groups named after the column (for example IEP).</source>
        <translation>Obligatorios: %1. Una columna marcada como «%2» crea colectivos con el nombre de la columna (por ejemplo, ACNEE).</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n person(s) in caringmap are missing from this file and will become inactive. Untick Sync if the file is not the full roster.</source>
        <translation>
            <numerusform>Atención: %n persona de caringmap no está en este archivo y pasará a inactiva. Desmarque Sincronizar si el archivo no es la lista completa.</numerusform>
            <numerusform>Atención: %n personas de caringmap no están en este archivo y pasarán a inactivas. Desmarque Sincronizar si el archivo no es la lista completa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>y %n más.</numerusform>
            <numerusform>y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
    <message>
        <source>The first rows of the file, a field chooser above each column</source>
        <translation>Las primeras filas del archivo, con un selector de campo encima de cada columna</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
</context>
<context>
    <name>cm::LockScreen</name>
    <message>
        <source>caringmap is locked</source>
        <translation>caringmap está bloqueado</translation>
    </message>
    <message>
        <source>Counselor passphrase</source>
        <translation>Contraseña de orientación</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Totals of the viewed round</source>
        <translation>Totales de la ronda que se está viendo</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se ha podido guardar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation>&amp;Nuevo centro…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar listas…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About caringmap</source>
        <translation>&amp;Acerca de caringmap</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Unconnected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>caringmap</source>
        <translation>caringmap</translation>
    </message>
    <message>
        <source>%1 (%2) — caringmap</source>
        <translation>%1 (%2) — caringmap</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Ronda: %1</translation>
    </message>
    <message>
        <source>Private marking session</source>
        <translation>Sesión privada de marcado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Where to keep the new school&apos;s data</source>
        <translation>Dónde guardar los datos del nuevo centro</translation>
    </message>
    <message>
        <source>caringmap school (*.sqlite)</source>
        <translation>Centro de caringmap (*.sqlite)</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nuevo centro</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with File › Open, or choose another name.</source>
        <translation>%1 ya existe. Ábralo con Archivo › Abrir o elija otro nombre.</translation>
    </message>
    <message>
        <source>Open a school</source>
        <translation>Abrir un centro</translation>
    </message>
    <message>
        <source>caringmap school (*.sqlite);;All files (*)</source>
        <translation>Centro de caringmap (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>Centro de demostración</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Students CSV (cancel to skip)</source>
        <translation>CSV de estudiantes (cancele para omitirlo)</translation>
    </message>
    <message>
        <source>Adults CSV (cancel to skip)</source>
        <translation>CSV de adultos (cancele para omitirlo)</translation>
    </message>
    <message>
        <source>Marks CSV for the viewed round (cancel to skip)</source>
        <translation>CSV de marcas para la ronda que se está viendo (cancele para omitirlo)</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar listas</translation>
    </message>
    <message>
        <source>%1
Nothing from this file was imported.</source>
        <translation>%1
No se ha importado nada de este archivo.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 añadidos, %3 actualizados, %4 sin cambios</translation>
    </message>
    <message>
        <source>About caringmap</source>
        <translation>Acerca de caringmap</translation>
    </message>
    <message>
        <source>caringmap %1

Relationship mapping: make sure every student has at least one caring adult.

All data stays on this computer, in the school file you open. caringmap never uses the network.</source>
        <translation>caringmap %1

Mapa de relaciones: que cada estudiante tenga al menos un adulto de confianza.

Todos los datos se quedan en este equipo, en el archivo del centro que abra. caringmap nunca usa la red.</translation>
    </message>
    <message>
        <source>A backup of the school before the import: %1</source>
        <translation>Copia de seguridad del centro antes de importar: %1</translation>
    </message>
    <message>
        <source>&amp;How relationship mapping works</source>
        <translation>&amp;Cómo funciona el mapa de relaciones</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>School &amp;name…</source>
        <translation>&amp;Nombre del centro…</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>The school&apos;s name, as report titles and the window title show it:</source>
        <translation>El nombre del centro, tal como aparece en los títulos de los informes y de la ventana:</translation>
    </message>
    <message>
        <source>Connect to a &amp;District Server…</source>
        <translation>Conectarse al &amp;servidor del distrito…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>District server</source>
        <translation>Servidor del distrito</translation>
    </message>
</context>
<context>
    <name>cm::MarkingKeys</name>
    <message>
        <source>Mark a positive, trusting relationship</source>
        <translation>Marcar una relación positiva y de confianza</translation>
    </message>
    <message>
        <source>Mark may benefit</source>
        <translation>Marcar «puede beneficiarse»</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keys on the highlighted student: %1 positive, trusting relationship · %2 may benefit · %3 note. Type letters to filter; Down enters the list; Ctrl+Z undoes.</source>
        <translation>Teclas sobre el estudiante resaltado: %1 relación positiva y de confianza · %2 puede beneficiarse · %3 nota. Escriba letras para filtrar; Abajo entra en la lista; Ctrl+Z deshace.</translation>
    </message>
</context>
<context>
    <name>cm::MarkingModel</name>
    <message>
        <source>Choose who is marking first.</source>
        <translation>Elija primero quién marca.</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Space: I have a positive, trusting relationship with this student</source>
        <translation>Espacio: tengo una relación positiva y de confianza con este estudiante</translation>
    </message>
    <message>
        <source>C: this student may benefit from a relationship</source>
        <translation>C: este estudiante puede beneficiarse de una relación</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Positive, trusting relationship (Space)</source>
        <translation>Relación positiva y de confianza (Espacio)</translation>
    </message>
    <message>
        <source>Note (F2)</source>
        <translation>Nota (F2)</translation>
    </message>
    <message>
        <source>Other adults</source>
        <translation>Otros adultos</translation>
    </message>
    <message>
        <source>May benefit (Ctrl+Space)</source>
        <translation>Puede beneficiarse (Ctrl+Espacio)</translation>
    </message>
</context>
<context>
    <name>cm::MarkingPage</name>
    <message>
        <source>Marking</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who is marking?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;¿Quién marca?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type part of your name, then press Enter. You will see the list of students and mark the ones you have a positive, trusting relationship with.</source>
        <translation>Escriba parte de su nombre y pulse Intro. Verá la lista de estudiantes y podrá marcar a aquellos con quienes tiene una relación positiva y de confianza.</translation>
    </message>
    <message>
        <source>Who is marking</source>
        <translation>Quién marca</translation>
    </message>
    <message>
        <source>Type part of your name</source>
        <translation>Escriba parte de su nombre</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>&amp;Private mode: hide the other adults&apos; marks and the unconnected list while marking</source>
        <translation>&amp;Modo privado: ocultar las marcas de los demás adultos y la lista de estudiantes sin conexión mientras se marca</translation>
    </message>
    <message>
        <source>&amp;Start marking</source>
        <translation>&amp;Empezar a marcar</translation>
    </message>
    <message>
        <source>&amp;Leave session</source>
        <translation>&amp;Salir de la sesión</translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation>Filtrar estudiantes</translation>
    </message>
    <message>
        <source>Filter by name, ID, grade or homeroom</source>
        <translation>Filtrar por nombre, ID, curso o tutoría</translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation>Filtro de curso</translation>
    </message>
    <message>
        <source>Homeroom filter</source>
        <translation>Filtro de tutoría</translation>
    </message>
    <message>
        <source>Students to mark</source>
        <translation>Estudiantes para marcar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Marking as %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Marcando como %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Private mode: other adults&apos; marks are hidden.</source>
        <translation>Modo privado: las marcas de los demás adultos están ocultas.</translation>
    </message>
    <message>
        <source>Leave the marking session</source>
        <translation>Salir de la sesión de marcado</translation>
    </message>
    <message>
        <source>Your marks are saved. Leave the session and return to the counselor&apos;s view?</source>
        <translation>Sus marcas están guardadas. ¿Salir de la sesión y volver a la vista de orientación?</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation>Todas las tutorías</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive, trusting relationship&lt;/b&gt;: you know this student beyond academics and believe they would come to you with a personal problem.&lt;br&gt;&lt;b&gt;May benefit from a relationship&lt;/b&gt;: you think this student could use a caring adult. Each change is saved at once.</source>
        <translation>&lt;b&gt;Relación positiva y de confianza&lt;/b&gt;: conoce a este estudiante más allá de lo académico y cree que acudiría a usted con un problema personal.&lt;br&gt;&lt;b&gt;Puede beneficiarse de una relación&lt;/b&gt;: cree que a este estudiante le vendría bien un adulto de confianza. Cada cambio se guarda al momento.</translation>
    </message>
    <message>
        <source>Your marks in %1:</source>
        <translation>Sus marcas en %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n positive, trusting relationship(s)</source>
        <translation>
            <numerusform>%n relación positiva y de confianza</numerusform>
            <numerusform>%n relaciones positivas y de confianza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may benefit</source>
        <translation>
            <numerusform>%n puede beneficiarse</numerusform>
            <numerusform>%n pueden beneficiarse</numerusform>
        </translation>
    </message>
    <message>
        <source>No student in this grade and homeroom matches “%1”. Press Escape in the filter to clear it, or choose All grades and All homerooms.</source>
        <translation>Ningún estudiante de este curso y tutoría coincide con «%1». Pulse Escape en el filtro para borrarlo o elija Todos los cursos y Todas las tutorías.</translation>
    </message>
    <message>
        <source>No student matches “%1”. Press Escape in the filter to clear it.</source>
        <translation>Ningún estudiante coincide con «%1». Pulse Escape en el filtro para borrarlo.</translation>
    </message>
    <message>
        <source>No active student is in this grade and homeroom.</source>
        <translation>No hay ningún estudiante activo en este curso y tutoría.</translation>
    </message>
    <message>
        <source>There are no active students to mark yet: import a roster first (File › Import roster).</source>
        <translation>Todavía no hay estudiantes activos que marcar: importe primero las listas (Archivo › Importar listas).</translation>
    </message>
    <message numerus="yes">
        <source>In the student survey, %n student(s) named you as an adult they would go to: %1.</source>
        <translation>
            <numerusform>En la encuesta de estudiantes, %n estudiante le nombró como un adulto al que acudiría: %1.</numerusform>
            <numerusform>En la encuesta de estudiantes, %n estudiantes le nombraron como un adulto al que acudirían: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your marks are saved. Enter the counselor passphrase to leave the private session of %1:</source>
        <translation>Sus marcas están guardadas. Escriba la contraseña de orientación para salir de la sesión privada de %1:</translation>
    </message>
</context>
<context>
    <name>cm::MarkingSheetDialog</name>
    <message>
        <source>Marking sheets</source>
        <translation>Hojas de marcado</translation>
    </message>
    <message>
        <source>(as named on the sheet)</source>
        <translation>(como se indique en la hoja)</translation>
    </message>
    <message>
        <source>Export a blank sheet</source>
        <translation>Exportar una hoja en blanco</translation>
    </message>
    <message>
        <source>For one adult (every active student):</source>
        <translation>Para un adulto (todos los estudiantes activos):</translation>
    </message>
    <message>
        <source>For one homeroom:</source>
        <translation>Para una tutoría:</translation>
    </message>
    <message>
        <source>Save sheet…</source>
        <translation>Guardar hoja…</translation>
    </message>
    <message>
        <source>Only the students this adult teaches</source>
        <translation>Solo los estudiantes a los que da clase este adulto</translation>
    </message>
    <message>
        <source>CSV or XLSX. Staff tick &quot;connected&quot; or &quot;concern&quot;.</source>
        <translation>CSV o XLSX. El personal marca «connected» (conexión) o «concern» (preocupación).</translation>
    </message>
    <message>
        <source>Import a filled sheet</source>
        <translation>Importar una hoja rellenada</translation>
    </message>
    <message>
        <source>a new round</source>
        <translation>una ronda nueva</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>Elegir hoja…</translation>
    </message>
    <message>
        <source>Filled in by:</source>
        <translation>Rellenada por:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Ronda:</translation>
    </message>
    <message>
        <source>The sheet was not written: %1</source>
        <translation>No se ha escrito la hoja: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Save marking sheet</source>
        <translation>Guardar hoja de marcado</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Archivo CSV (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Filled marking sheet</source>
        <translation>Hoja de marcado rellenada</translation>
    </message>
    <message>
        <source>Marking sheets (*.csv *.xlsx)</source>
        <translation>Hojas de marcado (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import marking sheet</source>
        <translation>Importar hoja de marcado</translation>
    </message>
    <message>
        <source>Import these marks?</source>
        <translation>¿Importar estas marcas?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had both columns ticked: both are recorded.</source>
        <translation>
            <numerusform>%n fila tenía las dos columnas marcadas: se guardan ambas.</numerusform>
            <numerusform>%n filas tenían las dos columnas marcadas: se guardan ambas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a sheet of %n student(s) to %1.</source>
        <translation>
            <numerusform>Se ha escrito una hoja de %n estudiante en %1.</numerusform>
            <numerusform>Se ha escrito una hoja de %n estudiantes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), round %3: %4 connected, %5 concern;</source>
        <translation>%1 (%2), ronda %3: %4 con conexión, %5 con preocupación;</translation>
    </message>
    <message numerus="yes">
        <source>%n new mark(s),</source>
        <translation>
            <numerusform>%n marca nueva,</numerusform>
            <numerusform>%n marcas nuevas,</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 updated, %2 unchanged.</source>
        <translation>%1 actualizadas, %2 sin cambios.</translation>
    </message>
    <message>
        <source>Adult for the sheet</source>
        <translation>Adulto de la hoja</translation>
    </message>
    <message>
        <source>Homeroom for the sheet</source>
        <translation>Tutoría de la hoja</translation>
    </message>
</context>
<context>
    <name>cm::MatchView</name>
    <message>
        <source>flagged a concern</source>
        <translation>señaló una preocupación</translation>
    </message>
    <message>
        <source>teaches the student</source>
        <translation>da clase al estudiante</translation>
    </message>
    <message>
        <source>teaches in the homeroom</source>
        <translation>da clase en la tutoría</translation>
    </message>
    <message>
        <source>teaches in the grade</source>
        <translation>da clase en el curso</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>voluntario</translation>
    </message>
    <message>
        <source>has a free place</source>
        <translation>tiene una plaza libre</translation>
    </message>
    <message>
        <source>no adult with a free place</source>
        <translation>ningún adulto con plaza libre</translation>
    </message>
    <message>
        <source>Suggest matches</source>
        <translation>Sugerir asignaciones</translation>
    </message>
    <message>
        <source>Apply suggestion</source>
        <translation>Aplicar la sugerencia</translation>
    </message>
    <message>
        <source>Mentees per adult when the adult has no capacity of their own</source>
        <translation>Estudiantes por adulto cuando el adulto no tiene una capacidad propia</translation>
    </message>
    <message>
        <source>Default capacity:</source>
        <translation>Capacidad por defecto:</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Go-to adult</source>
        <translation>Adulto de referencia</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Go-to adults in place (the plan) and their outcome (the adult&apos;s mark):</source>
        <translation>Adultos de referencia asignados (el plan) y su resultado (la marca del adulto):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Go-to adults for unconnected students&lt;/b&gt;, %1</source>
        <translation>&lt;b&gt;Adultos de referencia para estudiantes sin conexión&lt;/b&gt;, %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>changed by hand</source>
        <translation>cambiado a mano</translation>
    </message>
    <message numerus="yes">
        <source>%n unconnected student(s) without a go-to adult</source>
        <translation>
            <numerusform>%n estudiante sin conexión y sin adulto de referencia</numerusform>
            <numerusform>%n estudiantes sin conexión y sin adulto de referencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more already have one (still unconnected until the adult marks a connection)</source>
        <translation>
            <numerusform>; %n más ya tiene uno (sigue sin conexión hasta que el adulto marque una conexión)</numerusform>
            <numerusform>; %n más ya tienen uno (siguen sin conexión hasta que el adulto marque una conexión)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough places: %n student(s) could not be matched; %n more place(s) needed.</source>
        <translation>
            <numerusform>No hay plazas suficientes: no se ha podido asignar a %n estudiante; hace falta %n plaza más.</numerusform>
            <numerusform>No hay plazas suficientes: no se ha podido asignar a %n estudiantes; hacen falta %n plazas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation>con conexión</translation>
    </message>
    <message>
        <source>not yet connected</source>
        <translation>aún sin conexión</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>No se ha aplicado nada: %1</translation>
    </message>
    <message>
        <source>Suggested go-to adults</source>
        <translation>Adultos de referencia sugeridos</translation>
    </message>
    <message>
        <source>Go-to adults in place</source>
        <translation>Adultos de referencia asignados</translation>
    </message>
    <message>
        <source>No go-to adults are in place yet. Check the suggestion above (change any row&apos;s adult), then press Apply suggestion: each student gets a go-to adult, and follow-ups fall due after 4 weeks and 2 months.</source>
        <translation>Todavía no hay adultos de referencia asignados. Revise la sugerencia de arriba (puede cambiar el adulto de cualquier fila) y pulse Aplicar la sugerencia: cada estudiante recibe un adulto de referencia y los seguimientos vencen a las 4 semanas y a los 2 meses.</translation>
    </message>
    <message>
        <source>Every active student is connected in this round: nobody needs a go-to adult.</source>
        <translation>Todos los estudiantes activos tienen conexión en esta ronda: nadie necesita un adulto de referencia.</translation>
    </message>
    <message>
        <source>Every unconnected student already has a go-to adult (listed below). Their follow-ups appear on the Follow-up due page.</source>
        <translation>Cada estudiante sin conexión ya tiene un adulto de referencia (en la lista de abajo). Sus seguimientos aparecen en la página Seguimientos pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n student(s)</source>
        <translation>
            <numerusform>Se ha asignado %n estudiante</numerusform>
            <numerusform>Se han asignado %n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n adult(s); undo with Ctrl+Z.</source>
        <translation>
            <numerusform>a %n adulto; deshaga con Ctrl+Z.</numerusform>
            <numerusform>a %n adultos; deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Default capacity</source>
        <translation>Capacidad por defecto</translation>
    </message>
    <message>
        <source>Go-to adult for %1</source>
        <translation>Adulto de referencia para %1</translation>
    </message>
    <message>
        <source>Also students who &amp;named nobody</source>
        <translation>También estudiantes que no &amp;nombraron a nadie</translation>
    </message>
    <message>
        <source>Student voice: students whom adults marked but who named no adult at school in the survey; the adults who marked them come first</source>
        <translation>Voz del estudiante: estudiantes a los que marcaron adultos pero que no nombraron a ningún adulto de la escuela en la encuesta; primero se proponen los adultos que los marcaron</translation>
    </message>
    <message>
        <source>Suggestions come once this round has marks.</source>
        <translation>Las sugerencias llegarán cuando esta ronda tenga marcas.</translation>
    </message>
</context>
<context>
    <name>cm::MentorCheckInDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>%1 with %2 (go-to adult)</source>
        <translation>%1 con %2 (adulto de referencia)</translation>
    </message>
    <message>
        <source>Trying to connect</source>
        <translation>Intentando conectar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Con conexión</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Necesita ayuda</translation>
    </message>
    <message>
        <source>Connected records the adult&apos;s connected mark in the current round.</source>
        <translation>«Con conexión» registra la marca de conexión del adulto en la ronda actual.</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>Asignación:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>cm::MentorListView</name>
    <message>
        <source>Add mentee…</source>
        <translation>Añadir estudiante…</translation>
    </message>
    <message>
        <source>Record check-in…</source>
        <translation>Registrar seguimiento…</translation>
    </message>
    <message>
        <source>End match</source>
        <translation>Terminar la asignación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mentees of&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estudiantes acompañados por&lt;/b&gt;</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>First follow-up</source>
        <translation>Primer seguimiento</translation>
    </message>
    <message>
        <source>Second follow-up</source>
        <translation>Segundo seguimiento</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último seguimiento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>con conexión</translation>
    </message>
    <message>
        <source>not yet connected</source>
        <translation>aún sin conexión</translation>
    </message>
    <message>
        <source>Add mentee</source>
        <translation>Añadir estudiante acompañado</translation>
    </message>
    <message>
        <source>Every unconnected student has a go-to adult.</source>
        <translation>Cada estudiante sin conexión tiene un adulto de referencia.</translation>
    </message>
    <message>
        <source>Unconnected student:</source>
        <translation>Estudiante sin conexión:</translation>
    </message>
    <message>
        <source>Adult whose mentees are listed</source>
        <translation>Adulto cuyos estudiantes se muestran</translation>
    </message>
    <message>
        <source>Open &amp;Go-to adults</source>
        <translation>Abrir &amp;Adultos de referencia</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%3) · %n mentee(s)</source>
        <translation>
            <numerusform>%1, %2 (%3) · %n estudiante</numerusform>
            <numerusform>%1, %2 (%3) · %n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n place(s) taken</source>
        <translation>
            <numerusform>%1 de %n plaza ocupada</numerusform>
            <numerusform>%1 de %n plazas ocupadas</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no active adults yet. Import the staff roster first.</source>
        <translation>Todavía no hay adultos activos. Importe primero la lista del personal.</translation>
    </message>
    <message>
        <source>%1 has no mentees yet. Give unconnected students a go-to adult on the Go-to adults page (suggest, check, apply), or add a mentee here with Add mentee.</source>
        <translation>%1 todavía no tiene estudiantes a su cargo. Asigne adultos de referencia a los estudiantes sin conexión en la página Adultos de referencia (sugerir, revisar, aplicar) o añada uno aquí con Añadir estudiante.</translation>
    </message>
    <message>
        <source>Mentees of</source>
        <translation>Estudiantes acompañados por</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Estudiantes acompañados</translation>
    </message>
    <message>
        <source>&amp;Print lists</source>
        <translation>&amp;Imprimir listas</translation>
    </message>
    <message>
        <source>Print mentor lists</source>
        <translation>Imprimir las listas de mentores</translation>
    </message>
    <message>
        <source>Print pre&amp;view of this list…</source>
        <translation>&amp;Vista previa de esta lista…</translation>
    </message>
    <message>
        <source>Save this list as P&amp;DF…</source>
        <translation>Guardar esta lista como P&amp;DF…</translation>
    </message>
    <message>
        <source>Print &amp;every mentor&apos;s list…</source>
        <translation>Imprimir la lista de &amp;cada mentor…</translation>
    </message>
    <message>
        <source>Save every mentor&apos;s list as one PD&amp;F…</source>
        <translation>Guardar las listas de todos los mentores en un solo PD&amp;F…</translation>
    </message>
</context>
<context>
    <name>cm::Passphrase</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::PdfOutput</name>
    <message>
        <source>could not render the report</source>
        <translation>no se ha podido generar el informe</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cm::PrivacyActions</name>
    <message>
        <source>Save a copy for another &amp;computer…</source>
        <translation>Guardar una copia para otro &amp;ordenador…</translation>
    </message>
    <message>
        <source>Open a &amp;transfer file…</source>
        <translation>Abrir un archivo de &amp;traspaso…</translation>
    </message>
    <message>
        <source>&amp;Purge a student…</source>
        <translation>&amp;Eliminar del todo a un estudiante…</translation>
    </message>
    <message>
        <source>Save a copy for another computer</source>
        <translation>Guardar una copia para otro ordenador</translation>
    </message>
    <message>
        <source>caringmap transfer files (*.caringmap)</source>
        <translation>Archivos de traspaso de caringmap (*.caringmap)</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file (at least 6 characters). Give it to the other person separately, never with the file:</source>
        <translation>Elija una contraseña para este archivo (al menos 6 caracteres). Désela a la otra persona por separado, nunca junto con el archivo:</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Vuelva a escribir la contraseña:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Las dos contraseñas no coinciden. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Saved %1, encrypted. Open it on the other computer with File &gt; Open a transfer file and the passphrase.</source>
        <translation>Se ha guardado %1, cifrado. Ábralo en el otro ordenador con Archivo &gt; Abrir un archivo de traspaso y la contraseña.</translation>
    </message>
    <message>
        <source>Open a transfer file</source>
        <translation>Abrir un archivo de traspaso</translation>
    </message>
    <message>
        <source>%1 is not a caringmap transfer file.</source>
        <translation>%1 no es un archivo de traspaso de caringmap.</translation>
    </message>
    <message>
        <source>The open school will be replaced by the one in %1 (it is backed up first). Continue?</source>
        <translation>El centro abierto se sustituirá por el de %1 (antes se hace una copia de seguridad). ¿Continuar?</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>La contraseña de %1:</translation>
    </message>
    <message>
        <source>The school from %1 is open.</source>
        <translation>El centro de %1 está abierto.</translation>
    </message>
    <message>
        <source>Purge a student</source>
        <translation>Eliminar del todo a un estudiante</translation>
    </message>
    <message>
        <source>The student id of the student to remove for good:</source>
        <translation>El ID del estudiante que se va a eliminar para siempre:</translation>
    </message>
    <message>
        <source>No student has the id %1.</source>
        <translation>Ningún estudiante tiene el ID %1.</translation>
    </message>
    <message>
        <source>Remove %1 (%2) and everything about them (marks, notes, matches, check-ins, survey answers) from this school and from every backup? This cannot be undone.</source>
        <translation>¿Eliminar a %1 (%2) y todo lo que se refiere a este estudiante (marcas, notas, asignaciones, seguimientos, respuestas a encuestas) de este centro y de todas las copias de seguridad? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The student was removed from the school and its backups. The audit trail keeps their changes as &quot;purged student&quot;.</source>
        <translation>Se ha eliminado al estudiante del centro y de sus copias de seguridad. El registro de cambios conserva sus cambios como «purged student».</translation>
    </message>
</context>
<context>
    <name>cm::PrivacyGuard</name>
    <message>
        <source>Counselor passphrase</source>
        <translation>Contraseña de orientación</translation>
    </message>
    <message>
        <source>A private session hides colleagues&apos; marks and notes. Choose the counselor passphrase that will be needed to leave it (at least 6 characters):</source>
        <translation>Una sesión privada oculta las marcas y notas de los compañeros. Elija la contraseña de orientación que hará falta para salir de ella (al menos 6 caracteres):</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Vuelva a escribir la contraseña:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was set.</source>
        <translation>Las dos contraseñas no coinciden. No se ha guardado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase. Too many wrong tries: wait %n second(s) before the next one.</source>
        <translation>
            <numerusform>Contraseña incorrecta. Demasiados intentos fallidos: espere %n segundo antes del siguiente.</numerusform>
            <numerusform>Contraseña incorrecta. Demasiados intentos fallidos: espere %n segundos antes del siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was shown.</source>
        <translation>Contraseña incorrecta. No se ha mostrado nada.</translation>
    </message>
</context>
<context>
    <name>cm::ReportPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cm::ReportRenderer</name>
    <message>
        <source>Students without a caring adult connection</source>
        <translation>Estudiantes sin conexión con ningún adulto de confianza</translation>
    </message>
    <message>
        <source>Relationship mapping: marking sheet</source>
        <translation>Mapa de relaciones: hoja de marcado</translation>
    </message>
    <message>
        <source>Relationship mapping: summary</source>
        <translation>Mapa de relaciones: resumen</translation>
    </message>
    <message>
        <source>My go-to students</source>
        <translation>Estudiantes de los que soy adulto de referencia</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Ronda: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Impreso: %1</translation>
    </message>
    <message>
        <source>%1 of %2 students has no caring adult connection</source>
        <translation>%1 de %2 estudiantes no tiene conexión con ningún adulto de confianza</translation>
    </message>
    <message>
        <source>%1 of %2 students have no caring adult connection</source>
        <translation>%1 de %2 estudiantes no tienen conexión con ningún adulto de confianza</translation>
    </message>
    <message>
        <source>Write your name under &quot;Volunteer adult&quot; if you will be this student&apos;s go-to adult.</source>
        <translation>Escriba su nombre en «Adulto voluntario» si va a ser el adulto de referencia de este estudiante.</translation>
    </message>
    <message>
        <source>Every active student has at least one caring adult.</source>
        <translation>Cada estudiante activo tiene al menos un adulto de confianza.</translation>
    </message>
    <message>
        <source>Confidential: student information</source>
        <translation>Confidencial: información del alumnado</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Concern flagged by</source>
        <translation>Preocupación señalada por</translation>
    </message>
    <message>
        <source>Assigned adult</source>
        <translation>Adulto asignado</translation>
    </message>
    <message>
        <source>Volunteer adult</source>
        <translation>Adulto voluntario</translation>
    </message>
    <message>
        <source>Staff member: ________________________________</source>
        <translation>Miembro del personal: ________________________</translation>
    </message>
    <message>
        <source>Tick &quot;Positive, trusting relationship&quot; for each student you know well and who would come to you; tick &quot;May benefit&quot; for a student you worry about.</source>
        <translation>Marque «Relación positiva y de confianza» para cada estudiante al que conozca bien y que acudiría a usted; marque «Puede beneficiarse» para un estudiante que le preocupe.</translation>
    </message>
    <message>
        <source>There are no active students.</source>
        <translation>No hay estudiantes activos.</translation>
    </message>
    <message>
        <source>Staff member: ______________________</source>
        <translation>Miembro del personal: ______________</translation>
    </message>
    <message>
        <source>Confidential: student information. Hand this sheet back at the end of the meeting.</source>
        <translation>Confidencial: información del alumnado. Devuelva esta hoja al final de la reunión.</translation>
    </message>
    <message>
        <source>Positive, trusting relationship</source>
        <translation>Relación positiva y de confianza</translation>
    </message>
    <message>
        <source>May benefit from a relationship</source>
        <translation>Puede beneficiarse de una relación</translation>
    </message>
    <message>
        <source>No homeroom</source>
        <translation>Sin tutoría</translation>
    </message>
    <message>
        <source>Homeroom %1</source>
        <translation>Tutoría %1</translation>
    </message>
    <message>
        <source>Go-to adult: %1</source>
        <translation>Adulto de referencia: %1</translation>
    </message>
    <message>
        <source>You are the go-to adult for 1 student</source>
        <translation>Es el adulto de referencia de 1 estudiante</translation>
    </message>
    <message>
        <source>You are the go-to adult for %1 students</source>
        <translation>Es el adulto de referencia de %1 estudiantes</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Each student&apos;s plan is in the last column.</source>
        <translation>El plan de cada estudiante está en la última columna.</translation>
    </message>
    <message>
        <source>No students are assigned to you yet.</source>
        <translation>Todavía no tiene estudiantes asignados.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Follow-up 1</source>
        <translation>Seguim. 1</translation>
    </message>
    <message>
        <source>Follow-up 2</source>
        <translation>Seguim. 2</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Último seguimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source> (marked connected)</source>
        <translation> (marcó conexión)</translation>
    </message>
    <message>
        <source>Student voice: staff and students side by side</source>
        <translation>Voz del estudiante: personal y estudiantes lado a lado</translation>
    </message>
    <message>
        <source>Mentor lists</source>
        <translation>Listas de mentores</translation>
    </message>
    <message>
        <source>Record this round&apos;s marks first (a marking session or marking sheets); until then the last mapped round is the one to act on.</source>
        <translation>Registre primero las marcas de esta ronda (una sesión de marcado u hojas de marcado); hasta entonces, la última ronda mapeada es la que sirve para actuar.</translation>
    </message>
    <message>
        <source>No marks have been recorded in this round yet.</source>
        <translation>Todavía no se ha registrado ninguna marca en esta ronda.</translation>
    </message>
    <message>
        <source>%1 of %2 students in %3 has no caring adult connection</source>
        <translation>%1 de %2 estudiantes de %3 no tiene conexión con ningún adulto de confianza</translation>
    </message>
    <message>
        <source>%1 of %2 students in %3 have no caring adult connection</source>
        <translation>%1 de %2 estudiantes de %3 no tienen conexión con ningún adulto de confianza</translation>
    </message>
    <message>
        <source>Every active student in %1 has at least one caring adult.</source>
        <translation>Cada estudiante activo de %1 tiene al menos un adulto de confianza.</translation>
    </message>
    <message>
        <source>No adult has a go-to student yet.</source>
        <translation>Todavía ningún adulto es adulto de referencia de un estudiante.</translation>
    </message>
</context>
<context>
    <name>cm::RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>A copy of the school is made before every import. Restoring one replaces the school with it; the current state is backed up first, so this can be undone.</source>
        <translation>Antes de cada importación se hace una copia del centro. Restaurar una sustituye el centro por ella; antes se guarda una copia del estado actual, así que se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>cm::RoundsPage</name>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Being viewed</source>
        <translation>Se está viendo</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;Nueva ronda…</translation>
    </message>
    <message>
        <source>&amp;View this round</source>
        <translation>&amp;Ver esta ronda</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Name of the new round (for example &quot;Spring 2027&quot;):</source>
        <translation>Nombre de la nueva ronda (por ejemplo, «Primavera 2027»):</translation>
    </message>
    <message>
        <source>A round is one mapping meeting. The school usually maps in the fall and again in the spring. Start a new round for the next meeting: the earlier rounds&apos; marks stay as they are. A new round is shown only when you choose it: select it and press Enter (or View this round) when its marking starts.</source>
        <translation>Una ronda es una reunión de mapeo. El centro suele hacer el mapa en otoño y de nuevo en primavera. Empiece una ronda nueva para la próxima reunión: las marcas de las rondas anteriores se quedan como están. Una ronda nueva solo se muestra cuando usted la elige: selecciónela y pulse Intro (o Ver esta ronda) cuando empiece su marcado.</translation>
    </message>
    <message>
        <source>no marks yet</source>
        <translation>aún sin marcas</translation>
    </message>
    <message>
        <source>The round &quot;%1&quot; is ready; it has no marks yet. The window keeps showing &quot;%2&quot; until you choose the new round: select it and press View this round when its marking starts.</source>
        <translation>La ronda «%1» está lista; todavía no tiene marcas. La ventana sigue mostrando «%2» hasta que elija la ronda nueva: selecciónela y pulse Ver esta ronda cuando empiece su marcado.</translation>
    </message>
</context>
<context>
    <name>cm::SchoolDocument</name>
    <message>
        <source>A round needs a name.</source>
        <translation>Una ronda necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a round called &quot;%1&quot;.</source>
        <translation>Ya hay una ronda llamada «%1».</translation>
    </message>
    <message>
        <source>%1 of %2 students unconnected · %3 with exactly one adult</source>
        <translation>%1 de %2 estudiantes sin conexión · %3 con un solo adulto</translation>
    </message>
    <message>
        <source>no school is open</source>
        <translation>no hay ningún centro abierto</translation>
    </message>
    <message>
        <source>the school was purged, but a backup could not be: %1</source>
        <translation>se ha eliminado del centro, pero no de una copia de seguridad: %1</translation>
    </message>
    <message>
        <source>%1: no marks yet</source>
        <translation>%1: aún sin marcas</translation>
    </message>
    <message>
        <source>%1: no marks yet; the last mapped round is %2, %3 unconnected</source>
        <translation>%1: aún sin marcas; la última ronda mapeada es %2, con %3 sin conexión</translation>
    </message>
    <message>
        <source>A school name is one line.</source>
        <translation>El nombre de un centro ocupa una sola línea.</translation>
    </message>
    <message>
        <source>A school name has at most 200 characters.</source>
        <translation>El nombre de un centro tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Backups and transfer files are copies of a school&apos;s file. This school is on the district&apos;s server, which district IT backs up with pg_dump.</source>
        <translation>Las copias de seguridad y los archivos de transferencia son copias del archivo de un centro. Este centro está en el servidor del distrito, del que el servicio informático del distrito hace copias con pg_dump.</translation>
    </message>
</context>
<context>
    <name>cm::ServerDialog</name>
    <message>
        <source>Connect to a District Server</source>
        <translation>Conectarse al servidor del distrito</translation>
    </message>
    <message>
        <source>Your district keeps every school on one PostgreSQL server. District IT gives you its address and your login; you see only the schools granted to you.</source>
        <translation>Su distrito guarda todos los centros en un servidor PostgreSQL. El servicio informático del distrito le da su dirección y su usuario; solo verá los centros que le hayan asignado.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>the only school granted to you</source>
        <translation>el único centro que tiene asignado</translation>
    </message>
    <message>
        <source>School id</source>
        <translation>ID del centro</translation>
    </message>
    <message>
        <source>&amp;School id:</source>
        <translation>ID del &amp;centro:</translation>
    </message>
    <message>
        <source>Your password is read from your PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or from PGPASSWORD, as district IT set it up; caringmap never asks for it or keeps it.</source>
        <translation>Su contraseña se lee de su archivo de contraseñas de PostgreSQL (~/.pgpass, o el archivo que indique PGPASSFILE) o de PGPASSWORD, tal como lo configuró el servicio informático del distrito; caringmap nunca la pide ni la guarda.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Write the address as district IT gave it, beginning with postgresql://</source>
        <translation>Escriba la dirección tal como se la dio el servicio informático del distrito, empezando por postgresql://</translation>
    </message>
</context>
<context>
    <name>cm::SessionLock</name>
    <message>
        <source>School: %1</source>
        <translation>Centro: %1</translation>
    </message>
    <message>
        <source>Private marking session of %1</source>
        <translation>Sesión privada de marcado de %1</translation>
    </message>
    <message>
        <source>A private marking session is running (%1). Enter the counselor passphrase to close caringmap:</source>
        <translation>Hay una sesión privada de marcado en curso (%1). Escriba la contraseña de orientación para cerrar caringmap:</translation>
    </message>
    <message>
        <source>&amp;Idle lock…</source>
        <translation>&amp;Bloqueo por inactividad…</translation>
    </message>
    <message>
        <source>Counselor &amp;passphrase…</source>
        <translation>&amp;Contraseña de orientación…</translation>
    </message>
    <message>
        <source>Enter the counselor passphrase to change the idle lock:</source>
        <translation>Escriba la contraseña de orientación para cambiar el bloqueo por inactividad:</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Bloqueo por inactividad</translation>
    </message>
    <message>
        <source>Minutes without a key press or mouse use before the window locks (0: never):</source>
        <translation>Minutos sin usar el teclado ni el ratón antes de que la ventana se bloquee (0: nunca):</translation>
    </message>
    <message>
        <source>Type a number of minutes from 0 to 1440.</source>
        <translation>Escriba un número de minutos entre 0 y 1440.</translation>
    </message>
    <message>
        <source>Enter the current counselor passphrase:</source>
        <translation>Escriba la contraseña de orientación actual:</translation>
    </message>
    <message>
        <source>Counselor passphrase</source>
        <translation>Contraseña de orientación</translation>
    </message>
    <message>
        <source>The new passphrase:</source>
        <translation>La nueva contraseña:</translation>
    </message>
    <message>
        <source>Type the passphrase again:</source>
        <translation>Vuelva a escribir la contraseña:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was set.</source>
        <translation>Las dos contraseñas no coinciden. No se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>cm::SetActiveCommand</name>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivar a %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
</context>
<context>
    <name>cm::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>Confi&amp;guración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Applies the next time caringmap starts</source>
        <translation>Se aplica la próxima vez que se inicie caringmap</translation>
    </message>
</context>
<context>
    <name>cm::ShortcutsDialog</name>
    <message>
        <source>Show the %1 page</source>
        <translation>Mostrar la página %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Anywhere: Tab moves between fields; in lists, typing filters and Down or Enter moves into the list; Escape clears a filter. The marking keys work on the highlighted student of the marking session.</source>
        <translation>En cualquier lugar: Tab pasa de un campo a otro; en las listas, escribir filtra y Abajo o Intro entra en la lista; Escape borra un filtro. Las teclas de marcado actúan sobre el estudiante resaltado de la sesión de marcado.</translation>
    </message>
</context>
<context>
    <name>cm::StudentDialog</name>
    <message>
        <source>Add a student</source>
        <translation>Añadir un estudiante</translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID del estudiante</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>&amp;Active (counted in every round)</source>
        <translation>&amp;Activo (cuenta en todas las rondas)</translation>
    </message>
    <message>
        <source>Student &amp;ID:</source>
        <translation>&amp;ID del estudiante:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <source>G&amp;rade:</source>
        <translation>C&amp;urso:</translation>
    </message>
    <message>
        <source>&amp;Homeroom:</source>
        <translation>&amp;Tutoría:</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enter the student&apos;s ID.</source>
        <translation>Escriba el ID del estudiante.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s given and family name.</source>
        <translation>Escriba el nombre y los apellidos del estudiante.</translation>
    </message>
    <message>
        <source>Student ID %1 is already used by %2.</source>
        <translation>El ID de estudiante %1 ya lo tiene %2.</translation>
    </message>
</context>
<context>
    <name>cm::StudentTableModel</name>
    <message>
        <source>0 · unconnected</source>
        <translation>0 · sin conexión</translation>
    </message>
    <message>
        <source>1 · only one</source>
        <translation>1 · solo uno</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Caring adults</source>
        <translation>Adultos de confianza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>cm::StudentsPage</name>
    <message>
        <source>Filter students</source>
        <translation>Filtrar estudiantes</translation>
    </message>
    <message>
        <source>Filter by name, ID, grade or homeroom</source>
        <translation>Filtrar por nombre, ID, curso o tutoría</translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation>Filtro de curso</translation>
    </message>
    <message>
        <source>Homeroom filter</source>
        <translation>Filtro de tutoría</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Active students</source>
        <translation>Estudiantes activos</translation>
    </message>
    <message>
        <source>Inactive students</source>
        <translation>Estudiantes inactivos</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>&amp;Add student…</source>
        <translation>&amp;Añadir estudiante…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Student details</source>
        <translation>Datos del estudiante</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation>Todas las tutorías</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a student to see who their caring adults are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija un estudiante para ver quiénes son sus adultos de confianza.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>ID %1 · grade %2 · homeroom %3</source>
        <translation>ID %1 · curso %2 · tutoría %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Inactive:&lt;/b&gt; not counted. Their marks are kept and count again when the student is reactivated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Inactivo:&lt;/b&gt; no cuenta. Sus marcas se conservan y vuelven a contar cuando se reactiva al estudiante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No caring adult in %1.&lt;/b&gt; This student is unconnected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ningún adulto de confianza en %1.&lt;/b&gt; Este estudiante está sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Caring adults in %1:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Adultos de confianza en %1:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;May benefit from a relationship&lt;/b&gt;, flagged by:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Puede beneficiarse de una relación&lt;/b&gt;, según:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Add a student</source>
        <translation>Añadir un estudiante</translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <source>Deactivate student</source>
        <translation>Desactivar estudiante</translation>
    </message>
    <message>
        <source>Deactivate %1? The student is no longer counted; their marks are kept and count again if you reactivate them.</source>
        <translation>¿Desactivar a %1? El estudiante deja de contar; sus marcas se conservan y vuelven a contar si lo reactiva.</translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation>&amp;Importar listas…</translation>
    </message>
    <message>
        <source>Add one &amp;student…</source>
        <translation>Añadir un &amp;estudiante…</translation>
    </message>
    <message>
        <source>This school has no students yet. Import the roster from your student information system (a CSV file, a spreadsheet or a OneRoster export), or add students one by one.</source>
        <translation>Este centro todavía no tiene estudiantes. Importe las listas de su sistema de gestión escolar (un archivo CSV, una hoja de cálculo o una exportación OneRoster) o añada los estudiantes uno a uno.</translation>
    </message>
    <message>
        <source>No student matches these filters. Press Escape in the filter box or choose All grades, All homerooms and All students.</source>
        <translation>Ningún estudiante coincide con estos filtros. Pulse Escape en el filtro o elija Todos los cursos, Todas las tutorías y Todos los estudiantes.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice:&lt;/b&gt; no survey answer this round.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voz del estudiante:&lt;/b&gt; sin respuesta a la encuesta en esta ronda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (both)</source>
        <translation>%1 (ambos)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice:&lt;/b&gt; named no adult at school.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voz del estudiante:&lt;/b&gt; no nombró a ningún adulto de la escuela.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice: named no adult at school&lt;/b&gt;, though adults marked them: the hidden disconnection. Act here first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voz del estudiante: no nombró a ningún adulto de la escuela&lt;/b&gt;, aunque lo marcaron adultos: la desconexión oculta. Actuar aquí primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Student voice:&lt;/b&gt; would go to %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Voz del estudiante:&lt;/b&gt; acudiría a %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not resolved yet: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sin resolver todavía: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The chosen student</source>
        <translation>El estudiante elegido</translation>
    </message>
    <message>
        <source>Details or history of the chosen student</source>
        <translation>Detalles o historial del estudiante elegido</translation>
    </message>
</context>
<context>
    <name>cm::SummaryReport</name>
    <message>
        <source>Relationship mapping: summary</source>
        <translation>Mapa de relaciones: resumen</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Ronda: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Impreso: %1</translation>
    </message>
    <message>
        <source>active students</source>
        <translation>estudiantes activos</translation>
    </message>
    <message>
        <source>have no caring adult yet</source>
        <translation>aún no tienen ningún adulto de confianza</translation>
    </message>
    <message>
        <source>have at least one caring adult</source>
        <translation>tienen al menos un adulto de confianza</translation>
    </message>
    <message>
        <source>Confidential: student information</source>
        <translation>Confidencial: información del alumnado</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>%1 of %2 active adults have marked students this round.</source>
        <translation>%1 de %2 adultos activos han marcado estudiantes en esta ronda.</translation>
    </message>
    <message>
        <source>Every active adult has marked at least one student.</source>
        <translation>Cada adulto activo ha marcado al menos a un estudiante.</translation>
    </message>
    <message>
        <source>Not marked anyone yet:</source>
        <translation>Aún no han marcado a nadie:</translation>
    </message>
    <message>
        <source>Who is left out? Percent connected by group</source>
        <translation>¿Quién se queda fuera? Porcentaje con conexión por colectivo</translation>
    </message>
    <message>
        <source>Solid bars: the group&apos;s percent of students with at least one caring adult. Dashed line: the whole school (%1). Groups with fewer than %2 students are not shown, to protect their privacy.</source>
        <translation>Barras sólidas: porcentaje de estudiantes del colectivo con al menos un adulto de confianza. Línea discontinua: todo el centro (%1). Los colectivos de menos de %2 estudiantes no se muestran, para proteger su privacidad.</translation>
    </message>
    <message>
        <source>have exactly one caring adult</source>
        <translation>tienen un solo adulto de confianza</translation>
    </message>
    <message>
        <source>fragile: one adult, or all leaving</source>
        <translation>frágiles: un solo adulto, o todos se van</translation>
    </message>
</context>
<context>
    <name>cm::TableReportPainter</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>%1: 1 student</source>
        <translation>%1: 1 estudiante</translation>
    </message>
    <message>
        <source>%1: %2 students</source>
        <translation>%1: %2 estudiantes</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedModel</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Flagged &quot;may benefit&quot; by</source>
        <translation>Señalado «puede beneficiarse» por</translation>
    </message>
    <message>
        <source>Go-to adult</source>
        <translation>Adulto de referencia</translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedPage</name>
    <message>
        <source>Filter unconnected students</source>
        <translation>Filtrar estudiantes sin conexión</translation>
    </message>
    <message>
        <source>Filter by name, ID, grade, homeroom or adult</source>
        <translation>Filtrar por nombre, ID, curso, tutoría o adulto</translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation>Filtro de curso</translation>
    </message>
    <message>
        <source>Homeroom filter</source>
        <translation>Filtro de tutoría</translation>
    </message>
    <message>
        <source>Unconnected students</source>
        <translation>Estudiantes sin conexión</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hidden during a private marking session&lt;/h3&gt;&lt;p&gt;The list comes back when the session is left.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oculto durante una sesión privada de marcado&lt;/h3&gt;&lt;p&gt;La lista vuelve al salir de la sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No students yet&lt;/h3&gt;&lt;p&gt;Import a roster (File › Import roster) or add students on the Students page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay estudiantes&lt;/h3&gt;&lt;p&gt;Importe las listas (Archivo › Importar listas) o añada estudiantes en la página Estudiantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Every active student has at least one caring adult in %1.&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cada estudiante activo tiene al menos un adulto de confianza en %1.&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation>Todas las tutorías</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 of %n active student(s) have no caring adult in %2.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1 de %n estudiante activo no tiene ningún adulto de confianza en %2.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1 de %n estudiantes activos no tienen ningún adulto de confianza en %2.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>curso %1</translation>
    </message>
    <message>
        <source>homeroom %1</source>
        <translation>tutoría %1</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>que coinciden con «%1»</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n shown&lt;/b&gt; (%1).</source>
        <translation>
            <numerusform>&lt;b&gt;%n mostrado&lt;/b&gt; (%1).</numerusform>
            <numerusform>&lt;b&gt;%n mostrados&lt;/b&gt; (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them needs a go-to adult. The list updates as marks are made.</source>
        <translation>Cada uno necesita un adulto de referencia. La lista se actualiza a medida que se marca.</translation>
    </message>
    <message>
        <source>Show &amp;them</source>
        <translation>&amp;Mostrarlos</translation>
    </message>
    <message>
        <source>Show the students adults know who named nobody</source>
        <translation>Mostrar a los estudiantes que los adultos conocen y que no nombraron a nadie</translation>
    </message>
    <message numerus="yes">
        <source>Names nobody: %n more student(s) have adults who marked them but named no adult at school in the survey, the hidden disconnection.</source>
        <translation>
            <numerusform>No nombra a nadie: %n estudiante más tiene adultos que lo marcaron pero no nombró a ningún adulto de la escuela en la encuesta: la desconexión oculta.</numerusform>
            <numerusform>No nombran a nadie: %n estudiantes más tienen adultos que los marcaron pero no nombraron a ningún adulto de la escuela en la encuesta: la desconexión oculta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print this list</source>
        <translation>&amp;Imprimir esta lista</translation>
    </message>
    <message>
        <source>Print the unconnected students shown</source>
        <translation>Imprimir los estudiantes sin conexión que se muestran</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Mark this round on the Mark page, or view the last mapped round on the Rounds page.</source>
        <translation>Marque esta ronda en la página Marcar, o vea la última ronda mapeada en la página Rondas.</translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedReportData</name>
    <message>
        <source>No grade</source>
        <translation>Sin curso</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>No homeroom</source>
        <translation>Sin tutoría</translation>
    </message>
    <message>
        <source>Homeroom %1</source>
        <translation>Tutoría %1</translation>
    </message>
</context>
<context>
    <name>cm::UnconnectedReportData::Filter</name>
    <message>
        <source>Grade %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>Homeroom %1</source>
        <translation>Tutoría %1</translation>
    </message>
</context>
<context>
    <name>cm::ViewCommands</name>
    <message>
        <source>%1, round %2
</source>
        <translation>%1, ronda %2
</translation>
    </message>
    <message>
        <source>  Active students:      %1
</source>
        <translation>  Estudiantes activos:      %1
</translation>
    </message>
    <message>
        <source>  Unconnected:          %1  (%2%)
</source>
        <translation>  Sin conexión:             %1  (%2 %)
</translation>
    </message>
    <message>
        <source>  Exactly one adult:    %1  (%2%)
</source>
        <translation>  Con un solo adulto:       %1  (%2 %)
</translation>
    </message>
    <message>
        <source>  Two or more adults:   %1  (%2%)
</source>
        <translation>  Con dos o más adultos:    %1  (%2 %)
</translation>
    </message>
</context>
<context>
    <name>cm::VoiceModel</name>
    <message>
        <source>%1 (both)</source>
        <translation>%1 (ambos)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>(not resolved: %1)</source>
        <translation>(sin resolver: %1)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>ID del estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Adults who marked them</source>
        <translation>Adultos que lo marcaron</translation>
    </message>
    <message>
        <source>Adults they named</source>
        <translation>Adultos que nombró</translation>
    </message>
</context>
<context>
    <name>cm::VoicePage</name>
    <message>
        <source>&amp;Import a student survey…</source>
        <translation>&amp;Importar una encuesta de estudiantes…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hidden during a private marking session&lt;/h3&gt;&lt;p&gt;Survey answers are confidential like marks; they come back when the session is left.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oculto durante una sesión de marcado privada&lt;/h3&gt;&lt;p&gt;Las respuestas de la encuesta son confidenciales como las marcas; vuelven al salir de la sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Filter students</source>
        <translation>Filtrar estudiantes</translation>
    </message>
    <message>
        <source>Filter by name, ID, grade, homeroom or adult</source>
        <translation>Filtrar por nombre, ID, curso, tutoría o adulto</translation>
    </message>
    <message>
        <source>Group filter</source>
        <translation>Filtro de grupo</translation>
    </message>
    <message>
        <source>Grade filter</source>
        <translation>Filtro de curso</translation>
    </message>
    <message>
        <source>Homeroom filter</source>
        <translation>Filtro de tutoría</translation>
    </message>
    <message>
        <source>Students: adults who marked them and adults they named</source>
        <translation>Estudiantes: adultos que los marcaron y adultos que nombraron</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No students yet&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay estudiantes&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No survey answers in %1&lt;/h3&gt;&lt;p&gt;Ask the students which adults at school they would go to, then import the form&apos;s export.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay respuestas de encuesta en %1&lt;/h3&gt;&lt;p&gt;Pregunte a los estudiantes a qué adultos de la escuela acudirían y luego importe la exportación del formulario.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 of %3 active students answered; %4 named at least one adult.</source>
        <translation>%1: respondieron %2 de %3 estudiantes activos; %4 nombraron al menos a un adulto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>All homerooms</source>
        <translation>Todas las tutorías</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import a student survey</source>
        <translation>Importar una encuesta de estudiantes</translation>
    </message>
    <message>
        <source>%1 answer(s) from %2 student(s) read into %3; %4 stored, %5 name(s) left to settle.</source>
        <translation>%1 respuesta(s) de %2 estudiante(s) leídas en %3; %4 guardadas, %5 nombre(s) por resolver.</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exportaciones de encuestas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Read %1 answer(s) from %2 student(s) into %3?

Student ID column: &quot;%4&quot;; answer column(s): &quot;%5&quot;; time column: &quot;%6&quot;.
%7 name(s) will be left to settle. A backup of the school is made first.</source>
        <translation>¿Leer %1 respuesta(s) de %2 estudiante(s) en %3?

Columna del ID del estudiante: «%4»; columna(s) de respuesta: «%5»; columna de hora: «%6».
Quedarán %7 nombre(s) por resolver. Antes se hace una copia de seguridad de la escuela.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>cm::VoicePanel</name>
    <message>
        <source>Adults know them, they named nobody</source>
        <translation>Los conocen adultos, no nombraron a nadie</translation>
    </message>
    <message>
        <source>No adult either way</source>
        <translation>Ningún adulto en ninguna de las dos vistas</translation>
    </message>
    <message>
        <source>They named an adult who did not mark them</source>
        <translation>Nombraron a un adulto que no los marcó</translation>
    </message>
    <message>
        <source>Both views agree</source>
        <translation>Las dos vistas coinciden</translation>
    </message>
    <message>
        <source>No survey answer</source>
        <translation>Sin respuesta a la encuesta</translation>
    </message>
    <message>
        <source>Student voice: staff and students compared</source>
        <translation>Voz del estudiante: personal y estudiantes comparados</translation>
    </message>
    <message>
        <source>Students who named at least one adult</source>
        <translation>Estudiantes que nombraron al menos a un adulto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 who answered)</source>
        <translation>%1 (%2 de %3 que respondieron)</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>Named at least one adult, of those who answered (%)</source>
        <translation>Nombraron al menos a un adulto, de quienes respondieron (%)</translation>
    </message>
    <message>
        <source>Student voice: %1 of %2 active students answered the survey; %3 named at least one adult. %4 are known to adults but named nobody: act there first.</source>
        <translation>Voz del estudiante: %1 de %2 estudiantes activos respondieron la encuesta; %3 nombraron al menos a un adulto. %4 son conocidos por adultos pero no nombraron a nadie: actuar ahí primero.</translation>
    </message>
    <message>
        <source>Student voice: no survey answers in this round yet (Student voice page, Import a student survey).</source>
        <translation>Voz del estudiante: todavía no hay respuestas de encuesta en esta ronda (página Voz del estudiante, Importar una encuesta de estudiantes).</translation>
    </message>
    <message>
        <source>Staff and students compared, of those who answered</source>
        <translation>Personal y estudiantes comparados, de quienes respondieron</translation>
    </message>
    <message>
        <source>%1 (fewer than %2 answers: not shown)</source>
        <translation>%1 (menos de %2 respuestas: no se muestra)</translation>
    </message>
    <message>
        <source>%1 (no answers)</source>
        <translation>%1 (sin respuestas)</translation>
    </message>
    <message>
        <source>No survey answers in this round yet.</source>
        <translation>Todavía no hay respuestas de encuesta en esta ronda.</translation>
    </message>
</context>
<context>
    <name>cm::VoiceReport</name>
    <message>
        <source>Adults marked them, they named nobody: act here first</source>
        <translation>Los marcaron adultos, no nombraron a nadie: actuar aquí primero</translation>
    </message>
    <message>
        <source>No adult marked them and they named nobody</source>
        <translation>Ningún adulto los marcó y no nombraron a nadie</translation>
    </message>
    <message>
        <source>They named an adult who did not mark them: ask that adult</source>
        <translation>Nombraron a un adulto que no los marcó: preguntar a ese adulto</translation>
    </message>
    <message>
        <source>Adults marked them and they named an adult</source>
        <translation>Los marcaron adultos y nombraron a un adulto</translation>
    </message>
    <message>
        <source>%1 (both)</source>
        <translation>%1 (ambos)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Student voice: staff and students side by side</source>
        <translation>Voz del estudiante: personal y estudiantes lado a lado</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Ronda: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Impreso: %1</translation>
    </message>
    <message>
        <source>%1 of %2 students are known to adults but named nobody</source>
        <translation>%1 de %2 estudiantes son conocidos por adultos pero no nombraron a nadie</translation>
    </message>
    <message>
        <source>%1 of %2 active students answered the survey; %3 named at least one adult; %4 gave no answer. &quot;(both)&quot;: the adult marked the student and was named.</source>
        <translation>%1 de %2 estudiantes activos respondieron la encuesta; %3 nombraron al menos a un adulto; %4 no respondieron. «(ambos)»: el adulto marcó al estudiante y fue nombrado.</translation>
    </message>
    <message>
        <source>No survey answers in this round.</source>
        <translation>No hay respuestas de encuesta en esta ronda.</translation>
    </message>
    <message>
        <source>Confidential: student information</source>
        <translation>Confidencial: información del alumnado</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Homeroom</source>
        <translation>Tutoría</translation>
    </message>
    <message>
        <source>Adults who marked them</source>
        <translation>Adultos que lo marcaron</translation>
    </message>
    <message>
        <source>Adults they named</source>
        <translation>Adultos que nombró</translation>
    </message>
    <message>
        <source>(not resolved: %1)</source>
        <translation>(sin resolver: %1)</translation>
    </message>
</context>
<context>
    <name>cm::VoiceResolvePanel</name>
    <message>
        <source>Unresolved survey names</source>
        <translation>Nombres de la encuesta sin resolver</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Nombre tal como se escribió</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Could be</source>
        <translation>Podría ser</translation>
    </message>
    <message>
        <source>Adult the name means</source>
        <translation>Adulto al que se refiere el nombre</translation>
    </message>
    <message>
        <source>&amp;Settle the name</source>
        <translation>&amp;Resolver el nombre</translation>
    </message>
    <message>
        <source>Settle the selected name as the chosen adult</source>
        <translation>Resolver el nombre seleccionado como el adulto elegido</translation>
    </message>
    <message>
        <source>&amp;Means:</source>
        <translation>&amp;Se refiere a:</translation>
    </message>
    <message>
        <source>Every name in the answers is resolved.</source>
        <translation>Todos los nombres de las respuestas están resueltos.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) in the answers could not be matched to one adult and are not counted. Choose whom each means; every identical answer is settled at once.</source>
        <translation>
            <numerusform>%n nombre de las respuestas no se pudo asociar a un solo adulto y no se cuenta. Elija a quién se refiere; todas las respuestas idénticas se resuelven a la vez.</numerusform>
            <numerusform>%n nombres de las respuestas no se pudieron asociar a un solo adulto y no se cuentan. Elija a quién se refiere cada uno; todas las respuestas idénticas se resuelven a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>no adult on staff</source>
        <translation>ningún adulto del personal</translation>
    </message>
    <message>
        <source>%1 (could be)</source>
        <translation>%1 (podría ser)</translation>
    </message>
    <message>
        <source>Nobody on staff (not counted)</source>
        <translation>Nadie del personal (no se cuenta)</translation>
    </message>
    <message>
        <source>Settle a survey name</source>
        <translation>Resolver un nombre de la encuesta</translation>
    </message>
</context>
<context>
    <name>cm::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to caringmap&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a caringmap&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>caringmap helps your school make sure every student has at least one caring adult. In a staff meeting each adult marks the students they have a positive, trusting relationship with; caringmap lists the students nobody marked so that each can be paired with a go-to adult.&lt;br&gt;&lt;br&gt;All data stays on this computer.</source>
        <translation>caringmap ayuda a su centro a que cada estudiante tenga al menos un adulto de confianza. En una reunión del personal, cada adulto marca a los estudiantes con quienes tiene una relación positiva y de confianza; caringmap muestra a los estudiantes que nadie ha marcado para asignar a cada uno un adulto de referencia.&lt;br&gt;&lt;br&gt;Todos los datos se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation>Abrir el centro de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation>&amp;Importar listas…</translation>
    </message>
    <message>
        <source>Start an &amp;empty school…</source>
        <translation>Empezar un centro &amp;vacío…</translation>
    </message>
    <message>
        <source>&amp;Open a school file…</source>
        <translation>&amp;Abrir un archivo de centro…</translation>
    </message>
    <message>
        <source>How relationship mapping &amp;works</source>
        <translation>Cómo &amp;funciona el mapa de relaciones</translation>
    </message>
    <message>
        <source>Connect to your district&apos;s &amp;server…</source>
        <translation>Conectarse al &amp;servidor del distrito…</translation>
    </message>
</context>
<context>
    <name>cm::WindowViews</name>
    <message>
        <source>Export the school to a folder</source>
        <translation>Exportar el centro a una carpeta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Go-to adults</source>
        <translation>Adultos de referencia</translation>
    </message>
    <message>
        <source>Mentor lists</source>
        <translation>Listas de mentores</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Compare rounds</source>
        <translation>Comparar rondas</translation>
    </message>
    <message>
        <source>Import from a school &amp;system… (OneRoster, spreadsheet)</source>
        <translation>Importar desde un sis&amp;tema escolar… (OneRoster, hoja de cálculo)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Marking sheets…</source>
        <translation>Hojas de &amp;marcado…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Export the school…</source>
        <translation>&amp;Exportar el centro…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Unconnected students</source>
        <translation>Estudiantes &amp;sin conexión</translation>
    </message>
    <message>
        <source>&amp;Marking sheet for a paper meeting</source>
        <translation>&amp;Hoja de marcado para una reunión en papel</translation>
    </message>
    <message>
        <source>&amp;Summary with charts</source>
        <translation>&amp;Resumen con gráficos</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The school was written to %1:
%2</source>
        <translation>El centro se ha escrito en %1:
%2</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The school is back as it was in %1. The state before the restore was kept as a backup too.</source>
        <translation>El centro ha vuelto a como estaba en %1. El estado anterior a la restauración también se ha guardado como copia de seguridad.</translation>
    </message>
    <message>
        <source>Student voice</source>
        <translation>Voz del estudiante</translation>
    </message>
    <message>
        <source>Import a student &amp;survey…</source>
        <translation>Importar una &amp;encuesta de estudiantes…</translation>
    </message>
    <message>
        <source>Student &amp;voice</source>
        <translation>&amp;Voz del estudiante</translation>
    </message>
    <message>
        <source>Show adults which students &amp;named them</source>
        <translation>Mostrar a los adultos qué estudiantes los &amp;nombraron</translation>
    </message>
    <message>
        <source>In their marking session, each adult sees which students named them in the student survey</source>
        <translation>En su sesión de marcado, cada adulto ve qué estudiantes lo nombraron en la encuesta de estudiantes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an adult first.</source>
        <translation>Elija primero un adulto.</translation>
    </message>
    <message>
        <source>Mentor &amp;lists (every go-to adult, one per page)</source>
        <translation>&amp;Listas de mentores (cada adulto de referencia, uno por página)</translation>
    </message>
    <message>
        <source>Include the notes staff wrote and the students&apos; demographic groups (sex, race, ethnicity)? They are sensitive: leave them out (No) unless the system receiving the export needs them.</source>
        <translation>¿Incluir las notas que escribió el personal y los grupos demográficos de los estudiantes (sexo, raza, etnia)? Son datos sensibles: déjelos fuera (No) salvo que el sistema que recibe la exportación los necesite.</translation>
    </message>
</context>
</TS>
