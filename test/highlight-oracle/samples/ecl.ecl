// People and their cities
Layout_Person := RECORD
  UNSIGNED4 id;
  STRING30  name;
  STRING20  city;
  INTEGER2  age := 0;
END;

people := DATASET('~thor::people', Layout_Person, THOR);

adults := people(age >= 18);

byCity := TABLE(adults, {city, UNSIGNED cnt := COUNT(GROUP)}, city);

/* the ten biggest cities */
OUTPUT(TOPN(byCity, 10, -cnt), NAMED('TopCities'));
OUTPUT(COUNT(people) > 1000, NAMED('Big'));
