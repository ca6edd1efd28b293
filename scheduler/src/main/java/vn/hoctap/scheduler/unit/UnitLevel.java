package vn.hoctap.scheduler.unit;

/** The four levels of the party organisation tree, from the top. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, CELL
}
