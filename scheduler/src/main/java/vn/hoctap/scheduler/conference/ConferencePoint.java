package vn.hoctap.scheduler.conference;

/** A connection point of a conference: the hosting unit, its name and the place. */
public record ConferencePoint(long id, long conferenceId, long unitId, String unitName, String place, int nonMembers) {

    /** "Đảng bộ xã Hòa Bình — Hội trường UBND xã", as members and operators see it. */
    public String label() {
        return unitName + " — " + place;
    }
}
