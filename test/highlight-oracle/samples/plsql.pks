-- Package that archives old sensor readings into a history table
CREATE OR REPLACE PACKAGE BODY reading_archive AS

  c_batch_size CONSTANT PLS_INTEGER := 5000;
  g_total      NUMBER(12) := 0;

  /* Moves readings older than p_days into READINGS_HISTORY,
     committing every c_batch_size rows. */
  PROCEDURE archive_old(p_days IN NUMBER DEFAULT 90) IS
    CURSOR c_old IS
      SELECT reading_id, sensor_id, value, taken_at
        FROM readings
       WHERE taken_at < SYSDATE - p_days
       ORDER BY taken_at;
    TYPE t_rows IS TABLE OF c_old%ROWTYPE;
    l_rows t_rows;
  BEGIN
    OPEN c_old;
    LOOP
      FETCH c_old BULK COLLECT INTO l_rows LIMIT c_batch_size;
      EXIT WHEN l_rows.COUNT = 0;

      FORALL i IN 1 .. l_rows.COUNT
        INSERT INTO readings_history (reading_id, sensor_id, value, taken_at)
        VALUES (l_rows(i).reading_id, l_rows(i).sensor_id, l_rows(i).value, l_rows(i).taken_at);

      FORALL i IN 1 .. l_rows.COUNT
        DELETE FROM readings WHERE reading_id = l_rows(i).reading_id;

      g_total := g_total + l_rows.COUNT;
      COMMIT;
    END LOOP;
    CLOSE c_old;
    DBMS_OUTPUT.PUT_LINE('Archived ' || g_total || ' rows');
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      NULL;
    WHEN OTHERS THEN
      ROLLBACK;
      RAISE_APPLICATION_ERROR(-20001, 'archive failed: ' || SQLERRM);
  END archive_old;

  FUNCTION rows_archived RETURN NUMBER IS
  BEGIN
    RETURN g_total;
  END;

END reading_archive;
/
